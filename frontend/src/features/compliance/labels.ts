import type { AnswerValue, AssessmentStatus, ComplianceArea, ComplianceLevel, TaskStatus } from '@/types/api';

/** The eight compliance areas, in the order the catalogue lists them. */
export const AREAS: ComplianceArea[] = [
  'CUSTOMS',
  'TAX',
  'FOREIGN_EXCHANGE',
  'DATA_PROTECTION',
  'PRODUCT_QUALITY',
  'INTELLECTUAL_PROPERTY',
  'EXPORT_CONTROL',
  'PLATFORM_AML',
];

export const ANSWERS: AnswerValue[] = ['COMPLIANT', 'PARTLY', 'NOT_COMPLIANT', 'NOT_APPLICABLE'];

export const ASSESSMENT_STATUSES: AssessmentStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

export const LEVELS: ComplianceLevel[] = ['A', 'B', 'C', 'D'];

export const TASK_STATUSES: TaskStatus[] = ['OPEN', 'REOPENED', 'SUBMITTED', 'VERIFIED'];

export const STATUS_COLORS: Record<AssessmentStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  APPROVED: 'success',
};

export const LEVEL_COLORS: Record<ComplianceLevel, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

export const TASK_COLORS: Record<TaskStatus, string> = {
  OPEN: 'orange',
  REOPENED: 'red',
  SUBMITTED: 'processing',
  VERIFIED: 'success',
};

/** Answers and edits happen only in a draft or after the zone returned it. */
export function isEditable(status: AssessmentStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

/** A task the enterprise still has to fix. */
export function isWithEnterprise(status: TaskStatus): boolean {
  return status === 'OPEN' || status === 'REOPENED';
}

/** Minutes as days, hours and minutes, for "has waited 3天2小时". */
export function splitMinutes(total: number): [days: number, hours: number, minutes: number] {
  const minutes = Math.max(0, Math.floor(total));
  return [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
}

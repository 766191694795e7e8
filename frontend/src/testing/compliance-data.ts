import type {
  Assessment,
  AssessmentItem,
  AssessmentSummary,
  ComplianceOverview,
  RectificationTask,
} from '@/types/api';
import { anEnterprise } from '@/testing/data';

/** The compliance fixtures belong to the enterprise fixture. */
const enterprise = anEnterprise();

export function anItem(overrides: Partial<AssessmentItem> = {}): AssessmentItem {
  return {
    code: 'CUS-01',
    source: 'BASELINE',
    area: 'CUSTOMS',
    titleZh: '持有有效的海关进出口货物收发货人备案',
    titleEn: 'Holds an active customs registration',
    guidanceZh: '上传海关备案回执。',
    guidanceEn: 'Upload the customs registration receipt.',
    weight: 10,
    evidenceRequired: true,
    answer: null,
    comment: null,
    reviewComment: null,
    evidence: [],
    ...overrides,
  };
}

/** Three items in two areas: one evidence-bound customs item, one customs item, one tax item. */
export function threeItems(): AssessmentItem[] {
  return [
    anItem(),
    anItem({
      code: 'CUS-04',
      titleZh: '9710 申报前已上传交易订单电子信息',
      titleEn: 'Uploads the B2B order before declaring',
      weight: 6,
      evidenceRequired: false,
      answer: 'COMPLIANT',
      comment: '已上传',
    }),
    anItem({
      code: 'TAX-01',
      area: 'TAX',
      titleZh: '依法办理税务登记并按期申报',
      titleEn: 'Registered for tax and files on time',
      weight: 8,
      evidenceRequired: false,
    }),
  ];
}

export function anAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 5,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.nameZh,
    creditCode: enterprise.creditCode,
    baselineVersionNo: 1,
    status: 'DRAFT',
    startedBy: 'ningbo-enterprise',
    startedAt: '2026-02-01T01:00:00Z',
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    score: null,
    level: null,
    version: 2,
    items: threeItems(),
    missing: [
      { code: 'CUS-01', reason: 'UNANSWERED' },
      { code: 'TAX-01', reason: 'UNANSWERED' },
    ],
    history: [
      {
        fromStatus: null,
        toStatus: 'DRAFT',
        actor: 'ningbo-enterprise',
        actorName: '陈企',
        at: '2026-02-01T01:00:00Z',
        comment: null,
      },
    ],
    rectifications: [],
    scoring: {
      levelAFrom: 90,
      levelBFrom: 75,
      levelCFrom: 60,
      compliantCredit: 1,
      partlyCredit: 0.5,
      notCompliantCredit: 0,
    },
    ...overrides,
  };
}

export function aSummary(overrides: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: 5,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.nameZh,
    creditCode: enterprise.creditCode,
    baselineVersionNo: 1,
    status: 'SUBMITTED',
    startedAt: '2026-02-01T01:00:00Z',
    submittedAt: '2026-02-02T01:00:00Z',
    decidedAt: null,
    score: null,
    level: null,
    waitingMinutes: 3 * 1440 + 2 * 60 + 5,
    items: 3,
    answered: 3,
    ...overrides,
  };
}

export function aTask(overrides: Partial<RectificationTask> = {}): RectificationTask {
  return {
    id: 9,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.nameZh,
    assessmentId: 5,
    itemCode: 'TAX-01',
    titleZh: '依法办理税务登记并按期申报',
    titleEn: 'Registered for tax and files on time',
    answer: 'NOT_COMPLIANT',
    owner: '王伟',
    dueDate: '2026-03-01',
    status: 'OPEN',
    overdue: false,
    fixNote: null,
    zoneComment: null,
    createdAt: '2026-02-03T01:00:00Z',
    submittedAt: null,
    verifiedBy: null,
    verifiedAt: null,
    version: 0,
    evidence: [],
    ...overrides,
  };
}

export function anOverview(overrides: Partial<ComplianceOverview> = {}): ComplianceOverview {
  return {
    activeEnterprises: 300,
    assessedEnterprises: 120,
    averageScore: 82.4,
    byStatus: [
      { status: 'DRAFT', count: 30 },
      { status: 'SUBMITTED', count: 12 },
      { status: 'RETURNED', count: 4 },
      { status: 'APPROVED', count: 120 },
    ],
    byLevel: [
      { level: 'A', count: 40 },
      { level: 'B', count: 50 },
      { level: 'C', count: 20 },
      { level: 'D', count: 10 },
    ],
    rectifications: { open: 35, overdue: 7, submitted: 9, verified: 61 },
    mostUnmet: [
      { code: 'DAT-02', titleZh: '个人信息出境已完成安全评估或标准合同备案', titleEn: 'Personal data export assessed', notCompliant: 18, partly: 9 },
      { code: 'IPR-01', titleZh: '销售商品不侵犯他人商标权', titleEn: 'No trademark infringement', notCompliant: 11, partly: 4 },
    ],
    ...overrides,
  };
}

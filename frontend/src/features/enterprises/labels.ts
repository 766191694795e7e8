import type { CustomsMode, EnterpriseKind, EnterpriseStatus } from '@/types/api';

/** In the order forms and filters offer them. */
export const ENTERPRISE_KINDS: EnterpriseKind[] = [
  'PLATFORM',
  'SELLER',
  'LOGISTICS',
  'PAYMENT',
  'CUSTOMS_BROKER',
  'OVERSEAS_WAREHOUSE',
  'SERVICE_PROVIDER',
];

export const CUSTOMS_MODES: CustomsMode[] = ['9610', '9710', '9810', '1210', '1239'];

export const STATUS_COLORS: Record<EnterpriseStatus, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  DEREGISTERED: 'default',
};

export const ENTERPRISE_STATUSES = Object.keys(STATUS_COLORS) as EnterpriseStatus[];

export function isEnterpriseKind(value: string | null): value is EnterpriseKind {
  return (ENTERPRISE_KINDS as (string | null)[]).includes(value);
}

export function isCustomsMode(value: string | null): value is CustomsMode {
  return (CUSTOMS_MODES as (string | null)[]).includes(value);
}

export function isEnterpriseStatus(value: string | null): value is EnterpriseStatus {
  return (ENTERPRISE_STATUSES as (string | null)[]).includes(value);
}

import type { ZoneStatus } from '@/types/api';

export const STATUS_COLORS: Record<ZoneStatus, string> = {
  APPROVED: 'blue',
  ACTIVE: 'green',
  REVOKED: 'red',
  MERGED: 'default',
};

export const ZONE_STATUSES = Object.keys(STATUS_COLORS) as ZoneStatus[];

import { StatusResult } from '@/components/status-result';
import { hasRole } from '@/config/roles';
import { useMe } from '@/features/me/api/get-me';
import { NationalDashboard } from '@/features/rollup/components/national-dashboard';

/** 「全国总览」: ministry's home. */
export function NationalPage() {
  const { data: me } = useMe();
  if (!hasRole(me.roles, 'ministry')) return <StatusResult status={403} />;
  return <NationalDashboard />;
}

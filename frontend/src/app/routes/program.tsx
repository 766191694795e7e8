import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { canManageZone, hasRole } from '@/config/roles';
import { MonthlyForm } from '@/features/programs/components/monthly-form';
import { ProgramView } from '@/features/programs/components/program-view';
import { useMe } from '@/features/me/api/get-me';

/** A program: the zone's (and ministry's read-only) full view, or the enterprise's monthly form. */
export function ProgramPage() {
  const { code = '', id = '' } = useParams();
  const { data: me } = useMe();
  const programId = Number(id);
  if (!Number.isInteger(programId) || programId <= 0) return <StatusResult status={404} />;
  if (hasRole(me.roles, 'enterprise') && me.zone === code) return <MonthlyForm zone={code} id={programId} />;
  const manages = canManageZone(me, code);
  if (!manages && !hasRole(me.roles, 'ministry')) return <StatusResult status={403} />;
  return <ProgramView zone={code} id={programId} canManage={manages} />;
}

import { Alert, Card, Flex } from 'antd';
import { useParams } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { paths } from '@/config/paths';
import { canManageZone, hasRole } from '@/config/roles';
import { ProgramList } from '@/features/programs/components/program-list';
import { useMe } from '@/features/me/api/get-me';
import { useI18n } from '@/lib/i18n';

/** 「产业带项目」: the zone's programs; an enterprise's own ("my programs"); ministry reads any zone's. */
export function ProgramsPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { data: me } = useMe();
  const manages = canManageZone(me, code);
  const enterprise = hasRole(me.roles, 'enterprise') && me.zone === code;
  const ministry = hasRole(me.roles, 'ministry');
  if (!manages && !enterprise && !ministry) return <StatusResult status={403} />;
  return (
    <Card title={enterprise ? t.programs.mineTitle : t.programs.title} data-testid="programs-page">
      <Flex vertical gap="middle">
        {ministry && <Alert type="warning" showIcon banner message={t.programs.readOnly} />}
        <ProgramList zone={code} canManage={manages} hrefOf={(id) => paths.zoneProgram.getHref(code, id)} />
      </Flex>
    </Card>
  );
}

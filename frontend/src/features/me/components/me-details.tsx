import { Descriptions } from 'antd';
import { RoleTags } from '@/features/me/components/role-tags';
import { useI18n } from '@/lib/i18n';
import type { Me } from '@/types/api';

const NONE = '—';

export function MeDetails({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Descriptions
      column={1}
      bordered
      items={[
        { key: 'username', label: t.me.username, children: me.username },
        { key: 'displayName', label: t.me.displayName, children: me.displayName },
        { key: 'roles', label: t.me.roles, children: <RoleTags roles={me.roles} /> },
        { key: 'zone', label: t.me.zone, children: me.zone ?? NONE },
        { key: 'enterprise', label: t.me.enterprise, children: me.enterpriseId ?? NONE },
      ]}
    />
  );
}

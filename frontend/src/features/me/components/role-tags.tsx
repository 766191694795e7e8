import { Tag } from 'antd';
import { isRole } from '@/config/roles';
import { useI18n } from '@/lib/i18n';

export function RoleTags({ roles }: { roles: string[] }) {
  const { t } = useI18n();
  return roles.map((role) => (
    <Tag key={role} color="geekblue">
      {isRole(role) ? t.roles[role] : role}
    </Tag>
  ));
}

import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '@/lib/i18n';
import { signOut } from '@/lib/keycloak';

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
      {t.header.signOut}
    </Button>
  );
}

import { Card } from 'antd';
import { useMe } from '@/features/me/api/get-me';
import { MeDetails } from '@/features/me/components/me-details';
import { useI18n } from '@/lib/i18n';

export function MePage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  return (
    <Card title={t.me.title}>
      <MeDetails me={me} />
    </Card>
  );
}

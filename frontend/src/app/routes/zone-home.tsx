import { Alert, Flex } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '@/features/me/api/get-me';
import { useZone } from '@/features/zones/api/get-zone';
import { ZoneCard } from '@/features/zones/components/zone-card';
import { useI18n } from '@/lib/i18n';

export function ZoneHomePage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const { data: zone } = useZone(code);
  const { data: me } = useMe();
  return (
    <Flex vertical gap="middle" data-testid="zone-home">
      <ZoneCard zone={zone} />
      {me.enterpriseId && (
        <Alert
          type="info"
          showIcon
          message={t.zones.home.enterpriseBinding(me.enterpriseId)}
          description={t.zones.home.enterpriseComingSoon}
        />
      )}
    </Flex>
  );
}

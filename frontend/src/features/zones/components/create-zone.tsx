import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { CreateZoneModal } from '@/features/zones/components/create-zone-modal';
import { FirstAdminCredentials } from '@/features/zones/components/first-admin-credentials';
import { useI18n } from '@/lib/i18n';
import type { CreatedZone, NewAdminCredentials } from '@/types/api';

/** The 「新建综试区」 button with its form and, when an administrator was made, the one-time credentials. */
export function CreateZone() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [credentials, setCredentials] = useState<NewAdminCredentials>();

  const onCreated = ({ zone, firstAdmin }: CreatedZone) => {
    message.success(t.zones.create.created(zone.nameZh));
    setCredentials(firstAdmin ?? undefined);
  };

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t.zones.create.open}
      </Button>
      <CreateZoneModal open={open} onClose={() => setOpen(false)} onCreated={onCreated} />
      <FirstAdminCredentials credentials={credentials} onClose={() => setCredentials(undefined)} />
    </>
  );
}

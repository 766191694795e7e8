import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { EnterpriseFormModal } from '@/features/enterprises/components/enterprise-form-modal';
import { useI18n } from '@/lib/i18n';

/** The 「新增企业」 button and its form; a created enterprise opens on its own page, ready for accounts. */
export function CreateEnterprise({ zone }: { zone: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-enterprise">
        {t.enterprises.form.create}
      </Button>
      {open && (
        <EnterpriseFormModal
          zone={zone}
          onClose={() => setOpen(false)}
          onSaved={(created) => {
            setOpen(false);
            navigate(paths.zoneEnterprise.getHref(zone, created.id));
          }}
        />
      )}
    </>
  );
}

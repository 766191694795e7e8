import { OneTimeCredentialsDialog } from '@/components/one-time-credentials';
import { useI18n } from '@/lib/i18n';
import type { NewAdminCredentials } from '@/types/api';

type Props = { credentials: NewAdminCredentials | undefined; onClose: () => void };

/** Shows a new zone administrator's temporary password, once. */
export function FirstAdminCredentials({ credentials, onClose }: Props) {
  const { t } = useI18n();
  return (
    <OneTimeCredentialsDialog
      title={t.zones.credentials.title}
      warning={t.zones.credentials.onceWarning}
      credentials={credentials}
      onClose={onClose}
    />
  );
}

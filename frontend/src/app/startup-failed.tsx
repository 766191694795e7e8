import { Button, Result } from 'antd';
import { useI18n } from '@/lib/i18n';

/** Shown when the configuration could not be read or Keycloak could not be reached. */
export function StartupFailed({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t.app.startFailed}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.app.retry}
        </Button>
      }
    />
  );
}

import { Result, Typography } from 'antd';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import type { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';

/** In place of the app when the server refuses the account: its reason, in the user's language, and a way out. */
export function AccountProblem({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <div data-testid="account-problem" data-code={error.code}>
      <Result
        status="403"
        title={t.app.accountRefused}
        subTitle={
          <>
            <Typography.Paragraph>{error.detail}</Typography.Paragraph>
            {error.requestId && (
              <Typography.Text type="secondary" copyable={{ text: error.requestId }}>
                {t.app.requestId(error.requestId)}
              </Typography.Text>
            )}
          </>
        }
        extra={<SignOutButton />}
      />
    </div>
  );
}

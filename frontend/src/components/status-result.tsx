import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';

type Props = { status: 403 | 404 | 'error'; detail?: string };

/** A whole-page outcome (not found, forbidden, failed) with a way back home. */
export function StatusResult({ status, detail }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const title = { 403: t.errors.forbiddenTitle, 404: t.errors.notFoundTitle, error: t.errors.genericTitle }[status];
  const fallbackDetail = status === 404 ? t.errors.notFoundDetail : t.errors.genericDetail;
  return (
    <Result
      status={status}
      title={title}
      subTitle={detail ?? fallbackDetail}
      extra={
        <Button type="primary" onClick={() => navigate(paths.home.getHref())}>
          {t.errors.backHome}
        </Button>
      }
    />
  );
}

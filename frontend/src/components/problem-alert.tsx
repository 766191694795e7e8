import { Alert } from 'antd';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { FieldError } from '@/types/api';

type Props = {
  error: Error;
  /** Field errors that could not be shown on a form field. */
  fieldErrors?: FieldError[];
  /** What failed, when more specific than "something went wrong". */
  title?: string;
};

/** A failed request explained inline: the server's detail when it gave one, and any stray field errors. */
export function ProblemAlert({ error, fieldErrors = [], title }: Props) {
  const { t } = useI18n();
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <Alert
      type="error"
      showIcon
      message={title ?? t.errors.genericTitle}
      description={
        <>
          <div>{detail ?? t.errors.genericDetail}</div>
          {fieldErrors.map(({ field, message }) => (
            <div key={field + message}>
              {field}: {message}
            </div>
          ))}
        </>
      }
    />
  );
}

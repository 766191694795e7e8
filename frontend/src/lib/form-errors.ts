import type { FormInstance } from 'antd';
import { ApiError } from '@/lib/api-client';
import type { FieldError } from '@/types/api';

/** The part of a failure a form could not show on its fields. */
export type FormProblem = { error: Error; fieldErrors: FieldError[] };

/**
 * Puts the server's field errors on the fields they name (`firstAdmin.email` -> ['firstAdmin', 'email']).
 * Returns what is left to show next to the form: the failure itself when it named no field, or the field
 * errors for fields the form does not have; undefined when everything found its field.
 */
export function showProblemOnForm(form: FormInstance, error: Error): FormProblem | undefined {
  if (!(error instanceof ApiError) || error.errors.length === 0) return { error, fieldErrors: [] };

  const formFields = new Set(form.getFieldsError().map(({ name }) => name.join('.')));
  const messagesByField = new Map<string, string[]>();
  const elsewhere: FieldError[] = [];
  for (const fieldError of error.errors) {
    const { field, message } = fieldError;
    if (formFields.has(field)) {
      messagesByField.set(field, [...(messagesByField.get(field) ?? []), message]);
    } else {
      elsewhere.push(fieldError);
    }
  }
  form.setFields([...messagesByField].map(([field, errors]) => ({ name: field.split('.'), errors })));
  return elsewhere.length > 0 ? { error, fieldErrors: elsewhere } : undefined;
}

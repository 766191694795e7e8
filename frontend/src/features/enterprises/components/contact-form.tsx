import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { enterpriseKeys } from '@/features/enterprises/api/keys';
import { useUpdateContact } from '@/features/enterprises/api/save-enterprise';
import { isProblem, type ApiError } from '@/lib/api-client';
import { showProblemOnForm, type FormProblem } from '@/lib/form-errors';
import { ContactFields } from '@/features/enterprises/components/contact-fields';
import { useI18n } from '@/lib/i18n';
import type { ContactForm as ContactValues, Enterprise } from '@/types/api';

type FormValues = Omit<ContactValues, 'version'>;

/**
 * What an enterprise user may change of its enterprise: the contact. Render it with `key={enterprise.version}`,
 * so it starts over from the saved values whenever the enterprise changes.
 */
export function ContactForm({ zone, enterprise }: { zone: string; enterprise: Enterprise }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const update = useUpdateContact(zone, enterprise.id);
  const [problem, setProblem] = useState<FormProblem>();
  const [conflict, setConflict] = useState<ApiError>();
  const texts = t.enterprises.contact;

  const submit = (values: FormValues) => {
    setProblem(undefined);
    setConflict(undefined);
    update.mutate(
      {
        // Blank fields are left out: the server then clears them.
        contactName: values.contactName?.trim() || undefined,
        contactPhone: values.contactPhone?.trim() || undefined,
        contactEmail: values.contactEmail?.trim() || undefined,
        version: enterprise.version,
      },
      {
        onSuccess: () => void message.success(texts.saved),
        onError: (error) => {
          if (isProblem(error, 'stale-version')) {
            setConflict(error);
            return;
          }
          setProblem(showProblemOnForm(form, error));
        },
      },
    );
  };

  return (
    <Card title={texts.title} data-testid="contact-form">
      <Typography.Paragraph type="secondary">{texts.hint}</Typography.Paragraph>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t.enterprises.form.conflictTitle}
          description={t.enterprises.form.conflictDetail}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: enterpriseKeys.detail(zone, enterprise.id) })
              }
            >
              {t.enterprises.form.reload}
            </Button>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          contactName: enterprise.contactName,
          contactPhone: enterprise.contactPhone,
          contactEmail: enterprise.contactEmail,
        }}
      >
        <ContactFields />
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={conflict !== undefined}>
          {texts.save}
        </Button>
      </Form>
      {problem && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={problem.error} fieldErrors={problem.fieldErrors} />
        </div>
      )}
    </Card>
  );
}

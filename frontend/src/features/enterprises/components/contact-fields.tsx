import { Col, Form, Input, Row } from 'antd';
import { useI18n } from '@/lib/i18n';

/** The contact row, shared by the admin's full form and the enterprise's own contact form. */
export function ContactFields() {
  const { t } = useI18n();
  const field = t.enterprises.field;
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="contactName" label={field.contactName}>
          <Input maxLength={64} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="contactPhone" label={field.contactPhone}>
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="contactEmail" label={field.contactEmail} rules={[{ type: 'email', message: t.form.invalidEmail }]}>
          <Input type="email" maxLength={254} />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { Alert, Button, Card, Flex, Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useMonth, useMonths, useProgram, useReport } from '../api/programs';

/**
 * The enterprise's monthly form: its own KPIs of a program for one month, with the figures it already reported
 * (a change is a correction: it sends the version it read). Opens on the month whose window is open.
 */
export function MonthlyForm({ zone, id }: { zone: string; id: number }) {
  const { t, locale } = useI18n();
  const texts = t.programs;
  const { data: program, error } = useProgram(zone, id);
  const { data: months } = useMonths(zone, id);
  const [picked, setPicked] = useState<string>();
  const open = months?.filter((month) => month.state === 'OPEN') ?? [];
  const month = picked ?? open.at(-1)?.month ?? months?.filter((row) => row.state !== 'NOT_OPEN').at(-1)?.month;
  const { data: report } = useMonth(zone, id, month);
  const report_ = useReport(zone, id, month ?? '');
  const [form] = Form.useForm<Record<string, number | null>>();
  const kpis = useMemo(() => program?.kpis.filter((kpi) => kpi.reporter === 'ENTERPRISE') ?? [], [program]);
  const standing = useMemo(() => new Map((report?.figures ?? []).map((figure) => [figure.kpiCode, figure])), [report]);

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(kpis.map((kpi) => [kpi.kpiCode, standing.get(kpi.kpiCode)?.value ?? null])));
  }, [form, kpis, standing]);

  if (error) return <ProblemAlert error={error} />;
  if (!program || !months) return <PageSpinner />;

  const submit = (values: Record<string, number | null>) => {
    const figures = kpis
      .filter((kpi) => values[kpi.kpiCode] !== null && values[kpi.kpiCode] !== undefined)
      .map((kpi) => ({
        kpiCode: kpi.kpiCode,
        value: values[kpi.kpiCode] as number,
        version: standing.get(kpi.kpiCode)?.version,
      }));
    report_.mutate({ figures });
  };

  return (
    <Card title={program.nameZh} data-testid="monthly-form">
      <Flex vertical gap="middle">
        <Flex gap="small" align="center">
          <Typography.Text>{texts.pickMonth}</Typography.Text>
          <Select
            style={{ width: 160 }}
            value={month}
            onChange={setPicked}
            data-testid="report-month"
            options={months
              .filter((row) => row.state !== 'NOT_OPEN')
              .map((row) => ({ value: row.month, label: `${row.month} · ${texts.states[row.state]}` }))}
          />
          {report && <Typography.Text type="secondary">{`${texts.dueDay}：${report.dueDay}`}</Typography.Text>}
        </Flex>
        {report && !report.open && <Alert type="info" showIcon message={texts.reportClosed} />}
        {report_.error && (
          <ProblemAlert error={report_.error} fieldErrors={report_.error instanceof ApiError ? report_.error.errors : []} />
        )}
        {report_.isSuccess && <Alert type="success" showIcon message={texts.reported} data-testid="report-done" />}
        {month && (
          <Form form={form} layout="vertical" onFinish={submit} disabled={!report?.open}>
            <Typography.Title level={5}>{texts.reportTitle(month)}</Typography.Title>
            {kpis.map((kpi) => (
              <Form.Item
                key={kpi.kpiCode}
                name={kpi.kpiCode}
                label={
                  <span>
                    {locale === 'zh-CN' ? kpi.nameZh : kpi.nameEn}（{texts.units[kpi.unit] || kpi.unit}）
                    {standing.get(kpi.kpiCode)?.late && <Tag color="red" style={{ marginLeft: 8 }}>{texts.late}</Tag>}
                  </span>
                }
              >
                <InputNumber style={{ width: 240 }} data-testid={`report-${kpi.kpiCode}`} />
              </Form.Item>
            ))}
            <Button type="primary" htmlType="submit" loading={report_.isPending} data-testid="report-submit">
              {texts.report}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}

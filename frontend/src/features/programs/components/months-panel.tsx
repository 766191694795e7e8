import { Alert, Button, Checkbox, Flex, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n';
import type { Figure, MonthStatus, Program } from '@/types/api';
import { useConfirmMonth, useMonth, useMonths, useReopenMonth } from '../api/programs';
import { formatValue } from '../format';

const STATE_COLOR: Record<string, string> = { NOT_OPEN: 'default', OPEN: 'processing', CLOSED: 'warning', CONFIRMED: 'success' };

/** The monthly grid: each month's window and completeness; a month's figures, outliers, reopening and confirming. */
export function MonthsPanel({ zone, program, canManage }: { zone: string; program: Program; canManage: boolean }) {
  const { t } = useI18n();
  const texts = t.programs;
  const { data: months, error } = useMonths(zone, program.id);
  const [selected, setSelected] = useState<string>();
  return (
    <Flex vertical gap="middle">
      {error && <ProblemAlert error={error} />}
      <Table<MonthStatus>
        rowKey="month"
        size="small"
        dataSource={months ?? []}
        pagination={false}
        data-testid="months-table"
        onRow={(row) => ({ onClick: () => setSelected(row.month), style: { cursor: 'pointer' } })}
        rowClassName={(row) => (row.month === selected ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'month', title: texts.month, dataIndex: 'month' },
          { key: 'due', title: texts.dueDay, dataIndex: 'dueDay' },
          {
            key: 'state',
            title: texts.state,
            render: (_, row) => <Tag color={STATE_COLOR[row.state]}>{texts.states[row.state]}</Tag>,
          },
          { key: 'expected', title: texts.expected, dataIndex: 'expected', align: 'right' },
          {
            key: 'received',
            title: texts.received,
            align: 'right',
            render: (_, row) => <span data-testid={`received-${row.month}`}>{row.received}</span>,
          },
          { key: 'onTime', title: texts.onTime, dataIndex: 'onTime', align: 'right' },
        ]}
      />
      {selected && <MonthDetail zone={zone} program={program} month={selected} canManage={canManage} />}
    </Flex>
  );
}

function MonthDetail({ zone, program, month, canManage }: { zone: string; program: Program; month: string; canManage: boolean }) {
  const { t, locale } = useI18n();
  const texts = t.programs;
  const { data: report, error } = useMonth(zone, program.id, month);
  const confirm = useConfirmMonth(zone, program.id);
  const reopen = useReopenMonth(zone, program.id);
  const [acknowledged, setAcknowledged] = useState(false);
  const [reopenFor, setReopenFor] = useState<number>();
  const kpis = new Map(program.kpis.map((kpi) => [kpi.kpiCode, kpi]));
  if (error) return <ProblemAlert error={error} />;
  if (!report) return null;
  const outliers = new Set(report.outliers.map((outlier) => outlier.figureId));
  return (
    <Flex vertical gap="small" data-testid="month-detail">
      {report.outliers.length > 0 && <Alert type="warning" showIcon message={texts.outliers(report.outliers.length)} />}
      {report.missing.length > 0 && <Alert type="info" showIcon message={texts.missing(report.missing.length)} />}
      {(confirm.error ?? reopen.error) && <ProblemAlert error={(confirm.error ?? reopen.error) as Error} />}
      {canManage && !report.confirmed && (
        <Flex gap="small" wrap align="center">
          {report.outliers.length > 0 && (
            <Checkbox checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)}>
              {texts.acknowledge}
            </Checkbox>
          )}
          <Button type="primary" onClick={() => confirm.mutate({ month, acknowledgeOutliers: acknowledged })} loading={confirm.isPending}>
            {texts.confirm}
          </Button>
          {report.missing.length > 0 && (
            <>
              <Select
                style={{ width: 200 }}
                placeholder={texts.enterprise}
                value={reopenFor}
                onChange={setReopenFor}
                options={report.missing.map((id) => ({ value: id, label: String(id) }))}
              />
              <Button disabled={reopenFor === undefined} onClick={() => reopenFor && reopen.mutate({ month, enterpriseId: reopenFor })}>
                {texts.reopen}
              </Button>
            </>
          )}
        </Flex>
      )}
      <Table<Figure>
        rowKey="id"
        size="small"
        dataSource={report.figures}
        pagination={{ pageSize: 20 }}
        columns={[
          { key: 'enterprise', title: texts.enterprise, render: (_, row) => row.enterpriseName ?? (row.enterpriseId ?? t.programs.reporters.ZONE) },
          {
            key: 'kpi',
            title: texts.kpi,
            render: (_, row) => {
              const kpi = kpis.get(row.kpiCode);
              return kpi ? (locale === 'zh-CN' ? kpi.nameZh : kpi.nameEn) : row.kpiCode;
            },
          },
          {
            key: 'value',
            title: texts.value,
            align: 'right',
            render: (_, row) => {
              const unit = kpis.get(row.kpiCode)?.unit ?? 'COUNT';
              return (
                <span>
                  {formatValue(row.value, unit, locale, texts.units[unit])} {outliers.has(row.id) && <Tag color="orange">!</Tag>}
                </span>
              );
            },
          },
          { key: 'source', title: texts.source, render: (_, row) => texts.sources[row.source] },
          { key: 'late', title: texts.late, render: (_, row) => (row.late ? <Tag color="red">{texts.late}</Tag> : null) },
        ]}
      />
    </Flex>
  );
}

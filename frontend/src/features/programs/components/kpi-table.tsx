import { Table } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { Program, ProgramKpi } from '@/types/api';
import { formatValue } from '../format';

/** The program's KPIs with their base-year values and targets. */
export function KpiTable({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  const texts = t.programs;
  const value = (kpi: ProgramKpi, n: number) => formatValue(n, kpi.unit, locale, texts.units[kpi.unit]);
  return (
    <Table<ProgramKpi>
      rowKey="kpiCode"
      pagination={false}
      dataSource={program.kpis}
      data-testid="kpi-table"
      columns={[
        { key: 'name', title: texts.kpi, render: (_, kpi) => (locale === 'zh-CN' ? kpi.nameZh : kpi.nameEn) },
        { key: 'aggregation', title: texts.aggregation, render: (_, kpi) => texts.aggregations[kpi.aggregation] },
        { key: 'reporter', title: texts.reporter, render: (_, kpi) => texts.reporters[kpi.reporter] },
        { key: 'base', title: texts.baseValue, align: 'right', render: (_, kpi) => value(kpi, kpi.baseValue) },
        { key: 'target', title: texts.targetValue, align: 'right', render: (_, kpi) => value(kpi, kpi.targetValue) },
      ]}
    />
  );
}

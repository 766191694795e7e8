import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { measureColours } from '@/features/actions/components/status-tags';
import { useI18n } from '@/lib/i18n';
import type { Completion, CompletionZone, MeasureStatus } from '@/types/api';

/** One zone × measure cell, read from the zone's compact row (a character per measure, as the server sends it). */
export type CompletionCell = {
  assignmentId: number;
  status: MeasureStatus;
  light: 'NONE' | 'AMBER' | 'RED';
  returned: boolean;
  missingReports: number;
};

const STATUSES: Record<string, MeasureStatus> = { N: 'NOT_STARTED', P: 'IN_PROGRESS', D: 'DONE', X: 'NOT_APPLICABLE' };
const LIGHTS: Record<string, CompletionCell['light']> = { R: 'RED', A: 'AMBER' };

/** The zone's cell of the measure at {@code index}, or null where the measure was not assigned to it. */
export function cellOf(zone: CompletionZone, index: number): CompletionCell | null {
  const status = STATUSES[zone.statuses.charAt(index)];
  if (!status) return null;
  return {
    assignmentId: zone.assignmentIds[index],
    status,
    light: LIGHTS[zone.lights.charAt(index)] ?? 'NONE',
    returned: zone.returned.charAt(index) === '1',
    missingReports: zone.missing[index] ?? 0,
  };
}

type Props = { completion: Completion; onCell?: (zone: CompletionZone, cell: CompletionCell) => void };

function percent(rate: number) {
  return `${Math.round(rate * 100)}%`;
}

/**
 * Zones × measures, each cell coloured by the latest reported status, with a red or orange border when the
 * measure is late there; a click opens the zone's report. The last column and the header row give the rates.
 */
export function CompletionMatrix({ completion, onCell }: Props) {
  const { t, locale } = useI18n();
  const columns: ColumnsType<CompletionZone> = [
    {
      title: t.actions.zone,
      key: 'zone',
      fixed: 'left',
      width: 140,
      render: (_, zone) => (
        <span data-testid={`matrix-zone-${zone.code}`}>
          {locale === 'en' ? zone.code : zone.nameZh.replace('中国（', '').replace('）跨境电子商务综合试验区', '')}
        </span>
      ),
    },
    ...completion.measures.map((measure, index) => ({
      title: (
        <Tooltip title={locale === 'en' ? measure.titleEn : measure.titleZh}>
          <span>
            {measure.number}
            <br />
            <small>{percent(measure.rate)}</small>
          </span>
        </Tooltip>
      ),
      key: `m${measure.id}`,
      width: 56,
      align: 'center' as const,
      render: (_: unknown, zone: CompletionZone) => {
        const cell = cellOf(zone, index);
        if (!cell) return null;
        const border = cell.light === 'RED' ? '2px solid #f5222d' : cell.light === 'AMBER' ? '2px solid #fa8c16' : 'none';
        return (
          <Tooltip title={`${t.actions.measureStatus[cell.status]}${cell.returned ? ` · ${t.actions.returned}` : ''}`}>
            <button
              type="button"
              aria-label={`${zone.code} ${measure.number} ${t.actions.measureStatus[cell.status]}`}
              data-testid={`cell-${zone.code}-${measure.number}`}
              data-status={cell.status}
              data-light={cell.light}
              onClick={() => onCell?.(zone, cell)}
              style={{
                width: 32,
                height: 24,
                background: measureColours[cell.status],
                border,
                borderRadius: 3,
                cursor: onCell ? 'pointer' : 'default',
              }}
            />
          </Tooltip>
        );
      },
    })),
    {
      title: t.actions.rate,
      key: 'rate',
      fixed: 'right',
      width: 80,
      render: (_, zone) => `${percent(zone.rate)} (${zone.completed}/${zone.assigned})`,
    },
  ];
  return (
    <Table<CompletionZone>
      data-testid="completion-matrix"
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={completion.zones}
      pagination={false}
      scroll={{ x: 'max-content', y: 560 }}
    />
  );
}

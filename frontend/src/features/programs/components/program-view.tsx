import { Alert, Button, Card, Descriptions, Flex, Space, Tabs, Tag } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { PageSpinner } from '@/components/page-spinner';
import { useI18n } from '@/lib/i18n';
import { useProgram, useProgramStep } from '../api/programs';
import { EnrolmentPanel } from './enrolment-panel';
import { FigureImportPanel } from './figure-import-panel';
import { KpiTable } from './kpi-table';
import { MonthsPanel } from './months-panel';
import { ProgressPanel } from './progress-panel';

type Props = { zone: string; id: number; canManage: boolean };

/** A program for zone staff: KPIs and targets, enrolment, the monthly grid, progress and import. */
export function ProgramView({ zone, id, canManage }: Props) {
  const { t } = useI18n();
  const texts = t.programs;
  const { data: program, error } = useProgram(zone, id);
  const activate = useProgramStep(zone, id, 'activate');
  const close = useProgramStep(zone, id, 'close');
  if (error) return <ProblemAlert error={error} />;
  if (!program) return <PageSpinner />;
  const stepError = activate.error ?? close.error;
  return (
    <Flex vertical gap="middle" data-testid="program-view">
      <Card
        title={program.nameZh}
        extra={
          <Space>
            <Tag data-testid="program-status">{texts.statuses[program.status]}</Tag>
            {canManage && program.status === 'DRAFT' && (
              <Button type="primary" onClick={() => activate.mutate(program.version)} loading={activate.isPending} data-testid="activate-program">
                {texts.activate}
              </Button>
            )}
            {canManage && program.status === 'ACTIVE' && (
              <Button onClick={() => close.mutate(program.version)} loading={close.isPending}>
                {texts.close}
              </Button>
            )}
          </Space>
        }
      >
        {stepError && <ProblemAlert error={stepError} />}
        {!canManage && <Alert type="warning" showIcon banner message={texts.readOnly} />}
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'industry', label: texts.industry, children: program.industry },
            { key: 'leadUnit', label: texts.leadUnit, children: program.leadUnit },
            { key: 'months', label: texts.months, children: `${program.startMonth} ~ ${program.endMonth}` },
            { key: 'districts', label: texts.districts, children: program.districts.join('、') || '—' },
            { key: 'window', label: texts.windowDays, children: program.windowDays },
            { key: 'enrolled', label: texts.enrolled, children: program.enrolled },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'kpis', label: texts.tabs.kpis, children: <KpiTable program={program} /> },
            {
              key: 'enrolment',
              label: texts.tabs.enrolment,
              children: <EnrolmentPanel zone={zone} program={program} canManage={canManage} />,
            },
            {
              key: 'months',
              label: texts.tabs.months,
              children: <MonthsPanel zone={zone} program={program} canManage={canManage} />,
            },
            { key: 'progress', label: texts.tabs.progress, children: <ProgressPanel zone={zone} program={program} /> },
            ...(canManage
              ? [{ key: 'import', label: texts.tabs.import, children: <FigureImportPanel zone={zone} programId={id} /> }]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}

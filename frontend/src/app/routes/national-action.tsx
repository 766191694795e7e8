import { Button, Card, Col, Drawer, Flex, Input, Modal, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EChart } from '@/components/echart';
import { ProblemAlert } from '@/components/problem-alert';
import { exportTaskTable, useCompletion, useLateness, useReturnReport, type MatrixFilters } from '@/features/actions/api/national-actions';
import { useAssignment } from '@/features/actions/api/zone-actions';
import { AssignmentView } from '@/features/actions/components/assignment-view';
import { CompletionMatrix } from '@/features/actions/components/completion-matrix';
import { LightTag, MeasureStatusTag } from '@/features/actions/components/status-tags';
import { saveBlob } from '@/lib/download';
import { useI18n } from '@/lib/i18n';

/** Ministry's view of one action: rates, the zones × measures matrix, the late lists, report review and export. */
export function NationalActionPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const [filters, setFilters] = useState<MatrixFilters>({});
  const { data: completion, error } = useCompletion(id, filters);
  const { data: lateness } = useLateness(id, filters);
  const [open, setOpen] = useState<{ zone: string; assignmentId: number }>();
  if (error) return <ProblemAlert error={error} />;
  if (!completion) return <Card loading />;
  const title = (zh: string, en: string) => (locale === 'en' ? en : zh);
  return (
    <Flex vertical gap="middle" data-testid="national-action-page">
      <Card
        title={title(completion.nameZh, completion.nameEn)}
        extra={
          <Space>
            <Select
              allowClear
              placeholder={t.actions.filterKeyTask}
              style={{ width: 200 }}
              options={completion.keyTasks.map((task) => ({ value: task.id, label: title(task.titleZh, task.titleEn) }))}
              value={filters.keyTaskId}
              onChange={(keyTaskId?: number) => setFilters({ ...filters, keyTaskId })}
            />
            <Select
              allowClear
              placeholder={t.actions.filterProvince}
              style={{ width: 160 }}
              options={completion.provinces.map((province) => ({ value: province, label: province }))}
              value={filters.province}
              onChange={(province?: string) => setFilters({ ...filters, province })}
            />
            <Button
              data-testid="export-task-table"
              onClick={() =>
                void exportTaskTable(id, filters).then(({ blob, fileName }) => saveBlob(blob, fileName ?? `action-${id}.xlsx`))
              }
            >
              {t.actions.exportXlsx}
            </Button>
          </Space>
        }
      >
        <Row gutter={16}>
          <Col span={4}><Statistic title={t.actions.assigned} value={completion.assigned} /></Col>
          <Col span={4}><Statistic title={t.actions.completed} value={completion.completed} /></Col>
          <Col span={4}>
            <Statistic title={t.actions.rate} value={completion.assigned ? Math.round((100 * completion.completed) / completion.assigned) : 0} suffix="%" />
          </Col>
          <Col span={4}><Statistic title={t.actions.overdue} value={completion.overdue} valueStyle={{ color: '#cf1322' }} /></Col>
          <Col span={4}><Statistic title={t.actions.amber} value={completion.amber} valueStyle={{ color: '#d46b08' }} /></Col>
          <Col span={4}><Statistic title={t.actions.missingReports} value={completion.missingReports} /></Col>
        </Row>
      </Card>
      <Card title={t.actions.matrix}>
        <CompletionMatrix completion={completion} onCell={(zone, cell) => setOpen({ zone: zone.code, assignmentId: cell.assignmentId })} />
      </Card>
      <Card title={t.actions.perMeasure}>
        <EChart
          label={t.actions.perMeasure}
          option={{
            tooltip: {},
            grid: { left: 40, right: 16, top: 16, bottom: 40 },
            xAxis: { type: 'category', data: completion.measures.map((measure) => measure.number) },
            yAxis: { type: 'value', max: 100 },
            series: [{ type: 'bar', data: completion.measures.map((measure) => Math.round(measure.rate * 100)) }],
          }}
        />
      </Card>
      {lateness && (
        <Row gutter={16}>
          <Col span={12}>
            <Card title={t.actions.lateMeasures}>
              <Table
                size="small"
                rowKey="assignmentId"
                dataSource={lateness.lateMeasures}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t.actions.zone, dataIndex: 'zone' },
                  { title: t.actions.measure, key: 'm', render: (_, row) => `${row.number} ${title(row.titleZh, row.titleEn)}` },
                  { title: t.actions.dueDate, dataIndex: 'dueDate' },
                  { title: t.actions.status, key: 's', render: (_, row) => <Space><MeasureStatusTag status={row.status} /><LightTag light={row.light} /></Space> },
                ]}
              />
            </Card>
          </Col>
          <Col span={12}>
            <Card title={t.actions.missingList}>
              <Table
                size="small"
                rowKey={(row) => `${row.assignmentId}-${row.period}`}
                dataSource={lateness.missingReports}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t.actions.zone, dataIndex: 'zone' },
                  { title: t.actions.measure, key: 'm', render: (_, row) => `${row.number} ${title(row.titleZh, row.titleEn)}` },
                  { title: t.actions.period, dataIndex: 'period' },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Drawer width={720} open={Boolean(open)} onClose={() => setOpen(undefined)} title={t.actions.review} destroyOnClose>
        {open && <ReviewPanel zone={open.zone} assignmentId={open.assignmentId} />}
      </Drawer>
    </Flex>
  );
}

/** A zone's assignment as ministry reviews it: read-only, with the return of its latest report. */
function ReviewPanel({ zone, assignmentId }: { zone: string; assignmentId: number }) {
  const { t } = useI18n();
  const { data } = useAssignment(zone, assignmentId);
  const returnReport = useReturnReport();
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState(false);
  if (!data) return <Card loading />;
  const latest = data.reports[0];
  return (
    <Flex vertical gap="middle">
      <Typography.Text strong data-testid="review-zone">{zone}</Typography.Text>
      <AssignmentView zone={zone} detail={data} />
      {latest && latest.state === 'SUBMITTED' && (
        <Button danger data-testid="return-report" onClick={() => setAsking(true)}>
          {t.actions.returnReport}
        </Button>
      )}
      <Modal
        open={asking}
        title={t.actions.returnReport}
        okButtonProps={{ disabled: !comment.trim() }}
        confirmLoading={returnReport.isPending}
        onCancel={() => setAsking(false)}
        onOk={() =>
          returnReport.mutate(
            { zone, reportId: latest.id, comment, version: latest.version },
            { onSuccess: () => setAsking(false) },
          )
        }
      >
        <Input.TextArea data-testid="return-comment" rows={3} placeholder={t.actions.returnComment} value={comment} onChange={(event) => setComment(event.target.value)} />
        {returnReport.error && <ProblemAlert error={returnReport.error} />}
      </Modal>
    </Flex>
  );
}

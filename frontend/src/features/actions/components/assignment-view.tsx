import { Button, Descriptions, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { downloadEvidence } from '@/features/actions/api/zone-actions';
import { LightTag, MeasureStatusTag } from '@/features/actions/components/status-tags';
import { saveBlob } from '@/lib/download';
import { useI18n } from '@/lib/i18n';
import type { ActionReport, AssignmentDetail } from '@/types/api';

function ReportCard({ zone, report }: { zone: string; report: ActionReport }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`report-${report.id}`}>
      <Space wrap>
        <Typography.Text strong>{report.period}</Typography.Text>
        <MeasureStatusTag status={report.status} />
        <Tag>{report.state === 'RETURNED' ? t.actions.returned : report.state === 'DRAFT' ? t.actions.draft : t.actions.submitted}</Tag>
        {report.submittedAt && <Typography.Text type="secondary">{new Date(report.submittedAt).toLocaleString()}</Typography.Text>}
      </Space>
      {report.progressNote && <Typography.Paragraph style={{ margin: 0 }}>{report.progressNote}</Typography.Paragraph>}
      {report.figure !== null && <Typography.Text>{`${t.actions.figure}：${report.figure} ${report.unit ?? ''}`}</Typography.Text>}
      {report.completedOn && <Typography.Text>{`${t.actions.completedOn}：${report.completedOn}`}</Typography.Text>}
      {report.naReason && <Typography.Text>{`${t.actions.naReason}：${report.naReason}`}</Typography.Text>}
      {report.evidence.map((file) => (
        <Button
          key={file.id}
          type="link"
          size="small"
          onClick={() => void downloadEvidence(zone, file.id).then(({ blob }) => saveBlob(blob, file.fileName))}
        >
          {file.fileName}
        </Button>
      ))}
      {report.returnComment && (
        <Typography.Text type="danger" data-testid="return-comment-shown">{`${t.actions.returnReport}：${report.returnComment}`}</Typography.Text>
      )}
    </Space>
  );
}

/** An assignment with its frozen reports and every step of its history (read by the zone and by ministry). */
export function AssignmentView({ zone, detail }: { zone: string; detail: AssignmentDetail }) {
  const { t, locale } = useI18n();
  const { assignment } = detail;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t.actions.measure} span={2}>
          {`${assignment.measureNumber} ${locale === 'en' ? assignment.measureTitleEn : assignment.measureTitleZh}`}
        </Descriptions.Item>
        <Descriptions.Item label={t.actions.status}>
          <Space>
            <MeasureStatusTag status={assignment.status} />
            <LightTag light={assignment.light} />
            {assignment.returned && <Tag color="red">{t.actions.returned}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t.actions.dueDate}>{assignment.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t.actions.responsibleUnit}>{assignment.responsibleUnit ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t.actions.contactPerson}>{assignment.contactPerson ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t.actions.missingReports} span={2}>
          {assignment.missingReports.length ? assignment.missingReports.join('、') : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t.actions.reports}</Typography.Title>
      {detail.reports.length === 0 ? (
        <Empty />
      ) : (
        <List dataSource={detail.reports} renderItem={(report) => <List.Item><ReportCard zone={zone} report={report} /></List.Item>} />
      )}
      <Typography.Title level={5}>{t.actions.history}</Typography.Title>
      <Timeline
        items={detail.history.map((step) => ({
          color: step.step === 'returned' || step.step.startsWith('flagged') || step.step === 'report-missing' ? 'red' : 'blue',
          children: `${new Date(step.at).toLocaleString()} · ${t.actions.steps[step.step] ?? step.step}${step.actor ? ` · ${step.actor}` : ''}${step.comment && step.step === 'returned' ? ` · ${step.comment}` : ''}`,
        }))}
      />
    </Space>
  );
}

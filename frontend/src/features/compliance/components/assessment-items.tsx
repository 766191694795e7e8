import { Alert, Badge, Card, Empty, Flex, Space, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { AREAS } from '@/features/compliance/labels';
import { useI18n } from '@/lib/i18n';
import type { AssessmentItem, ComplianceArea } from '@/types/api';

/** The DOM id of an item's card, for "jump to" links. */
export const itemElementId = (code: string) => `assessment-item-${code}`;

/** The areas that have items, in catalogue order. */
export function areasOf(items: AssessmentItem[]): ComplianceArea[] {
  return AREAS.filter((area) => items.some((item) => item.area === area));
}

type Props = {
  items: AssessmentItem[];
  activeArea: ComplianceArea | undefined;
  onAreaChange: (area: ComplianceArea) => void;
  isAnswered: (item: AssessmentItem) => boolean;
  /** Codes of items with a problem: their area's tab is flagged. */
  flagged?: ReadonlySet<string>;
  renderItem: (item: AssessmentItem) => ReactNode;
};

/** The items of an assessment, one tab per compliance area with its answered count. */
export function AssessmentItems({ items, activeArea, onAreaChange, isAnswered, flagged, renderItem }: Props) {
  const { t } = useI18n();
  const areas = areasOf(items);
  if (areas.length === 0) return <Empty />;
  return (
    <Tabs
      // Eight areas fit one above the other; side by side they would scroll out of sight on narrow screens.
      tabPosition="left"
      activeKey={activeArea ?? areas[0]}
      onChange={(key) => onAreaChange(key as ComplianceArea)}
      data-testid="assessment-areas"
      items={areas.map((area) => {
        const inArea = items.filter((item) => item.area === area);
        const answered = inArea.filter(isAnswered).length;
        const hasProblem = inArea.some((item) => flagged?.has(item.code));
        return {
          key: area,
          label: (
            <span data-testid={`area-tab-${area}`}>
              <Badge dot={hasProblem} offset={[4, 0]}>
                {t.compliance.area[area]}
              </Badge>{' '}
              <Typography.Text type={answered === inArea.length ? 'success' : 'secondary'}>
                {answered}/{inArea.length}
              </Typography.Text>
            </span>
          ),
          children: (
            <Flex vertical gap="middle">
              {inArea.map((item) => (
                <div key={item.code}>{renderItem(item)}</div>
              ))}
            </Flex>
          ),
        };
      })}
    />
  );
}

type CardProps = {
  item: AssessmentItem;
  /** Why the item blocks submitting, when it does. */
  problem?: string;
  /** Shown to the enterprise as a warning (it must act on it); to the reviewer as plain info. */
  reviewCommentTone?: 'warning' | 'info';
  children: ReactNode;
  changed?: boolean;
};

/** One requirement: what it asks, its weight, whether evidence is needed, the reviewer's comment, and the answer. */
export function ItemCard({ item, problem, reviewCommentTone = 'warning', children, changed }: CardProps) {
  const { t, locale } = useI18n();
  const texts = t.compliance;
  const title = locale === 'en' ? item.titleEn : item.titleZh;
  const guidance = locale === 'en' ? item.guidanceEn : item.guidanceZh;
  return (
    <Card
      size="small"
      id={itemElementId(item.code)}
      data-testid={`item-${item.code}`}
      data-code={item.code}
      style={problem ? { borderColor: '#ff4d4f' } : undefined}
      title={
        <Space wrap size={4}>
          <Typography.Text type="secondary">{item.code}</Typography.Text>
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {title}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap size={4}>
          {changed && <Tag color="blue">{texts.form.changed}</Tag>}
          <Tag>{texts.weight(item.weight)}</Tag>
          {item.source === 'ZONE' && <Tag color="purple">{texts.source.ZONE}</Tag>}
          {item.evidenceRequired && (
            <Tag color="gold" data-testid="evidence-required">
              {texts.evidenceRequired}
            </Tag>
          )}
        </Space>
      }
    >
      <Flex vertical gap="small">
        {guidance && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {texts.form.guidance}：{guidance}
          </Typography.Paragraph>
        )}
        {item.reviewComment && (
          <Alert
            type={reviewCommentTone}
            showIcon
            message={texts.form.reviewComment}
            description={item.reviewComment}
            data-testid="item-review-comment"
          />
        )}
        {problem && <Alert type="error" showIcon message={problem} data-testid="item-problem" />}
        {children}
      </Flex>
    </Card>
  );
}

import { Empty, List, Tag } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import type { Inbox, InboxItem } from '@/types/api';

/** Where an item leads: the thing it is about, on the page of the feature that put it there. */
function hrefOf(zone: string, item: InboxItem): string {
  return item.source === 'program'
    ? paths.zoneProgram.getHref(zone, item.refId)
    : paths.zoneAssignment.getHref(zone, item.refId);
}

type Props = { zone: string; inbox: Inbox | undefined; source?: string; limit?: number };

/** The to-do items (urgent first, as the server orders them), each a link to what it is about. */
export function InboxList({ zone, inbox, source, limit = 20 }: Props) {
  const { t, locale } = useI18n();
  const items = (inbox?.items ?? []).filter((item) => !source || item.source === source).slice(0, limit);
  if (inbox && items.length === 0) return <Empty description={t.inbox.empty} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item data-testid={`inbox-${item.kind}`}>
          <Link to={hrefOf(zone, item)}>
            <Tag color={item.urgent ? 'red' : 'blue'}>{t.inbox.kinds[item.kind] ?? item.kind}</Tag>
            {locale === 'en' ? item.titleEn : item.titleZh}
            {item.dueOn && ` · ${t.inbox.due(item.dueOn)}`}
          </Link>
        </List.Item>
      )}
    />
  );
}

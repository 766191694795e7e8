import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { InboxList } from '@/features/inbox/components/inbox-list';
import { useI18n } from '@/lib/i18n';
import type { Inbox } from '@/types/api';

/** The header's 待办 bell: the count of what waits (urgent in red), and the list on a click. */
export function InboxButton({ zone, inbox }: { zone: string; inbox: Inbox | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      title={t.inbox.title}
      content={
        <div style={{ width: 420, maxHeight: 420, overflowY: 'auto' }} onClick={() => setOpen(false)}>
          <InboxList zone={zone} inbox={inbox} />
        </div>
      }
    >
      <Badge count={inbox?.total ?? 0} color={inbox && inbox.urgent > 0 ? 'red' : 'blue'} size="small">
        <Button type="text" icon={<BellOutlined />} aria-label={t.inbox.title} data-testid="inbox-button" />
      </Badge>
    </Popover>
  );
}

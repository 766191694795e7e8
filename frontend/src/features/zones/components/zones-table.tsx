import { Button, Flex, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useZones, type ZoneListParams, type ZoneSortKey } from '@/features/zones/api/get-zones';
import { ChangeStatusModal } from '@/features/zones/components/change-status-modal';
import { ZoneFilters, type ZoneFilterValues } from '@/features/zones/components/zone-filters';
import { ZoneStatusTag } from '@/components/zone-status-tag';
import { useI18n } from '@/lib/i18n';
import type { Zone } from '@/types/api';

const FIRST_PAGE: ZoneListParams = { page: 0, size: 20, sort: 'code,asc' };

/** Short values (codes, dates, tags) stay on one line; the name column takes the remaining width. */
const ONE_LINE = {
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
  onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
} as const;

/** The national zone list: paged, sorted and filtered by the server. */
export function ZonesTable() {
  const { t, formatDate } = useI18n();
  const [params, setParams] = useState(FIRST_PAGE);
  const [changing, setChanging] = useState<Zone>();
  const zones = useZones(params);

  const [sortKey, sortDirection] = params.sort?.split(',') ?? [];
  const sortable = (key: ZoneSortKey) =>
    ({
      key,
      sorter: true,
      sortOrder: sortKey === key ? (sortDirection === 'asc' ? 'ascend' : 'descend') : null,
    }) as const;

  const columns: TableColumnsType<Zone> = [
    {
      title: t.zones.field.code,
      dataIndex: 'code',
      ...sortable('code'),
      ...ONE_LINE,
      // Ministry drills into a zone (read-only) from here.
      render: (code: string) => <Link to={paths.zoneHome.getHref(code)}>{code}</Link>,
    },
    {
      title: t.zones.field.name,
      ...sortable('nameZh'),
      render: (_, zone) => (
        <Flex vertical>
          <span>{zone.nameZh}</span>
          <Typography.Text type="secondary">{zone.nameEn}</Typography.Text>
        </Flex>
      ),
    },
    { title: t.zones.field.province, dataIndex: 'province', ...sortable('province'), ...ONE_LINE },
    {
      title: t.zones.field.batch,
      dataIndex: 'batch',
      ...sortable('batch'),
      ...ONE_LINE,
      render: (batch: number) => t.zones.batch(batch),
    },
    {
      title: t.zones.field.approvedOn,
      dataIndex: 'approvedOn',
      ...sortable('approvedOn'),
      ...ONE_LINE,
      render: (approvedOn: string) => formatDate(approvedOn),
    },
    {
      title: t.zones.field.status,
      dataIndex: 'status',
      ...sortable('status'),
      ...ONE_LINE,
      render: (_, zone) => <ZoneStatusTag status={zone.status} />,
    },
    {
      title: t.zones.list.actions,
      key: 'actions',
      ...ONE_LINE,
      render: (_, zone) => (
        <Button type="link" onClick={() => setChanging(zone)}>
          {t.zones.changeStatus.open}
        </Button>
      ),
    },
  ];

  const onTableChange: TableProps<Zone>['onChange'] = (pagination, _filters, sorter) => {
    const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = order ? (`${String(columnKey)},${order === 'ascend' ? 'asc' : 'desc'}` as ZoneListParams['sort']) : undefined;
    const size = pagination.pageSize ?? params.size;
    const resetPage = sort !== params.sort || size !== params.size;
    setParams({ ...params, sort, size, page: resetPage ? 0 : (pagination.current ?? 1) - 1 });
  };

  const onFilterChange = (filters: ZoneFilterValues) => setParams({ ...params, ...filters, page: 0 });

  return (
    <Flex vertical gap="middle">
      <ZoneFilters value={params} onChange={onFilterChange} />
      {zones.isError && <ProblemAlert error={zones.error} />}
      <Table<Zone>
        rowKey="code"
        columns={columns}
        dataSource={zones.data?.items}
        loading={zones.isFetching}
        onChange={onTableChange}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: zones.data?.total,
          showSizeChanger: true,
          showTotal: t.zones.list.total,
        }}
      />
      <ChangeStatusModal zone={changing} onClose={() => setChanging(undefined)} />
    </Flex>
  );
}

import { Flex, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import {
  useEnterprises,
  type EnterpriseFilters as Filters,
  type EnterpriseListParams,
  type EnterpriseSort,
  type EnterpriseSortKey,
} from '@/features/enterprises/api/get-enterprises';
import { EnterpriseFilters } from '@/features/enterprises/components/enterprise-filters';
import { EnterpriseStatusTag, KindTags, ModeTags } from '@/features/enterprises/components/enterprise-tags';
import { ExportButton } from '@/features/enterprises/components/export-button';
import { listParamsFromSearch, listParamsToSearch, PAGE_SIZES } from '@/features/enterprises/list-params';
import { useI18n } from '@/lib/i18n';
import type { Enterprise } from '@/types/api';

/** Short values (codes, money, dates) stay on one line; names and tags wrap. The other fields are on the detail page. */
const ONE_LINE = {
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
  onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
} as const;

/** A zone's registry: searched, filtered, sorted and paged by the server; its state lives in the URL. */
export function EnterprisesTable({ zone }: { zone: string }) {
  const { t, formatMoney, formatDateTime } = useI18n();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = listParamsFromSearch(search);
  const enterprises = useEnterprises(zone, params);
  const field = t.enterprises.field;
  const none = t.enterprises.detail.none;

  const setParams = (next: EnterpriseListParams) => setSearch(listParamsToSearch(next), { replace: true });

  const [sortKey, sortDirection] = params.sort?.split(',') ?? [];
  const sortable = (key: EnterpriseSortKey) =>
    ({
      key,
      sorter: true,
      sortOrder: sortKey === key ? (sortDirection === 'asc' ? 'ascend' : 'descend') : null,
    }) as const;

  const columns: TableColumnsType<Enterprise> = [
    {
      title: field.name,
      ...sortable('nameZh'),
      render: (_, enterprise) => (
        <Flex vertical>
          <Link to={paths.zoneEnterprise.getHref(zone, enterprise.id)} onClick={(event) => event.stopPropagation()}>
            {enterprise.nameZh}
          </Link>
          {enterprise.nameEn && <Typography.Text type="secondary">{enterprise.nameEn}</Typography.Text>}
        </Flex>
      ),
    },
    { title: field.creditCode, dataIndex: 'creditCode', ...sortable('creditCode'), ...ONE_LINE },
    { title: field.kinds, key: 'kinds', render: (_, enterprise) => <KindTags kinds={enterprise.kinds} /> },
    {
      title: field.customsModes,
      key: 'customsModes',
      render: (_, enterprise) => <ModeTags modes={enterprise.customsModes} />,
    },
    {
      title: field.exportValueCny,
      dataIndex: 'exportValueCny',
      align: 'right',
      ...sortable('exportValueCny'),
      ...ONE_LINE,
      render: (value: number | null) => (value === null ? none : formatMoney(value)),
    },
    {
      title: field.status,
      dataIndex: 'status',
      ...sortable('status'),
      ...ONE_LINE,
      render: (_, enterprise) => <EnterpriseStatusTag status={enterprise.status} />,
    },
    {
      title: field.updatedAt,
      dataIndex: 'updatedAt',
      ...sortable('updatedAt'),
      ...ONE_LINE,
      render: (updatedAt: string) => formatDateTime(updatedAt),
    },
  ];

  const onTableChange: TableProps<Enterprise>['onChange'] = (pagination, _filters, sorter) => {
    const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = order ? (`${String(columnKey)},${order === 'ascend' ? 'asc' : 'desc'}` as EnterpriseSort) : undefined;
    const size = pagination.pageSize ?? params.size;
    const resetPage = sort !== params.sort || size !== params.size;
    setParams({ ...params, sort, size, page: resetPage ? 0 : (pagination.current ?? 1) - 1 });
  };

  const onFilterChange = (filters: Filters) => setParams({ ...params, ...filters, page: 0 });
  const exportFilters = {
    name: params.name,
    creditCode: params.creditCode,
    kind: params.kind,
    status: params.status,
    customsMode: params.customsMode,
    sort: params.sort,
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <EnterpriseFilters value={params} onChange={onFilterChange} />
        <ExportButton zone={zone} filters={exportFilters} />
      </Flex>
      {enterprises.isError && <ProblemAlert error={enterprises.error} />}
      <Table<Enterprise>
        rowKey="id"
        data-testid="enterprises-table"
        columns={columns}
        dataSource={enterprises.data?.items}
        loading={enterprises.isFetching}
        onChange={onTableChange}
        onRow={(enterprise) => ({
          onClick: () => navigate(paths.zoneEnterprise.getHref(zone, enterprise.id)),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: params.page + 1,
          pageSize: params.size,
          total: enterprises.data?.total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: t.enterprises.list.total,
        }}
      />
    </Flex>
  );
}

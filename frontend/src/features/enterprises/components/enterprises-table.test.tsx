import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { anEnterprise, ministry, ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { EnterprisePage } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Records the query string of every list request. */
function recordListRequests(): URLSearchParams[] {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/zones/ningbo/enterprises', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json<EnterprisePage>({
        items: [
          anEnterprise(),
          anEnterprise({
            id: 2,
            nameZh: '宁波北仑物流有限公司',
            nameEn: null,
            status: 'SUSPENDED',
            kinds: ['LOGISTICS'],
            exportValueCny: null,
          }),
        ],
        page: 0,
        size: 20,
        total: 42,
      });
    }),
  );
  return requests;
}

/** Picks an option of a select; the title alone is not unique (mode tags in the table carry it too). */
async function choose(combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  const options = await screen.findAllByTitle(option);
  await user.click(options.find((element) => element.classList.contains('ant-select-item-option'))!);
}

// Many steps through antd's selects: slow in jsdom on a busy 2-core machine.
describe('enterprise registry list', { timeout: 60_000 }, () => {
  it('sends search, filters, sort and paging to the server as query parameters', async () => {
    server.use(signedInAs(ningboAdmin));
    const requests = recordListRequests();
    renderApp('/zones/ningbo/enterprises');

    expect(await screen.findByText('宁波北仑物流有限公司')).toBeInTheDocument();
    const table = screen.getByTestId('enterprises-table');
    expect(within(table).getByText('已暂停')).toBeInTheDocument();
    expect(within(table).getByText('¥12,345,678.50')).toBeInTheDocument();
    expect(within(table).getByText('海外仓')).toBeInTheDocument();
    expect(screen.getByText('共 42 家企业')).toBeInTheDocument();
    expect(Object.fromEntries(requests[0])).toEqual({ page: '0', size: '20', sort: 'nameZh,asc' });

    await user.type(screen.getByRole('searchbox', { name: '搜索企业名称' }), '海曙{Enter}');
    await waitFor(() => expect(requests.at(-1)?.get('name')).toBe('海曙'));

    await user.type(screen.getByRole('searchbox', { name: '信用代码前缀' }), '91330206{Enter}');
    await waitFor(() => expect(requests.at(-1)?.get('creditCode')).toBe('91330206'));

    await choose('企业类型', '卖家');
    await waitFor(() => expect(requests.at(-1)?.get('kind')).toBe('SELLER'));
    await choose('状态', '正常');
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('ACTIVE'));
    await choose('海关监管方式', '9810 跨境电商出口海外仓');
    await waitFor(() => expect(requests.at(-1)?.get('customsMode')).toBe('9810'));

    await user.click(within(table).getByRole('columnheader', { name: /上年跨境出口额/ }));
    await waitFor(() => expect(requests.at(-1)?.get('sort')).toBe('exportValueCny,asc'));

    await user.click(screen.getByTitle('3'));
    await waitFor(() => expect(requests.at(-1)?.get('page')).toBe('2'));
    expect(Object.fromEntries(requests.at(-1)!)).toEqual({
      name: '海曙',
      creditCode: '91330206',
      kind: 'SELLER',
      status: 'ACTIVE',
      customsMode: '9810',
      sort: 'exportValueCny,asc',
      page: '2',
      size: '20',
    });

    // A new filter starts again at the first page.
    await choose('状态', '已注销');
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('DEREGISTERED'));
    expect(requests.at(-1)?.get('page')).toBe('0');
  });

  it('opens an enterprise from its row', async () => {
    server.use(signedInAs(ningboAdmin));
    recordListRequests();
    renderApp('/zones/ningbo/enterprises');

    await user.click(await screen.findByText('宁波海曙跨境电商有限公司'));

    expect(await screen.findByTestId('enterprise-details')).toHaveTextContent('91330206MA2AFXXX1P');
  });

  it('offers a zone administrator to add and import, and ministry only to read and export', async () => {
    server.use(signedInAs(ningboAdmin));
    recordListRequests();
    const admin = renderApp('/zones/ningbo/enterprises');
    expect(await screen.findByRole('button', { name: /新增企业/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /批量导入/ })).toBeInTheDocument();
    admin.unmount();

    server.use(signedInAs(ministry));
    renderApp('/zones/ningbo/enterprises');
    expect(await screen.findByText('宁波北仑物流有限公司')).toBeInTheDocument();
    expect(screen.getByText(/只读/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导出/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增企业/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /批量导入/ })).not.toBeInTheDocument();
    const nav = within(screen.getByRole('menu'));
    expect(nav.getByRole('link', { name: '企业名录' })).toHaveAttribute('href', '/zones/ningbo/enterprises');
    expect(nav.queryByRole('link', { name: '批量导入' })).not.toBeInTheDocument();
  });
});

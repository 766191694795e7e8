import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ZonesTable } from '@/features/zones/components/zones-table';
import { aZone } from '@/testing/data';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';
import type { UpdateZoneRequest, ZonePage } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Records the query string of every list request. */
function recordListRequests(): URLSearchParams[] {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/national/zones', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json<ZonePage>({
        items: [aZone(), aZone({ code: 'hangzhou', nameZh: '中国（杭州）跨境电子商务综合试验区', status: 'REVOKED' })],
        page: 0,
        size: 20,
        total: 42,
      });
    }),
  );
  return requests;
}

describe('zones table', () => {
  it('shows zones with localized status tags and asks the server to sort and filter', async () => {
    const requests = recordListRequests();
    renderWithProviders(<ZonesTable />);

    expect(await screen.findByText('中国（杭州）跨境电子商务综合试验区')).toBeInTheDocument();
    expect(screen.getByText('已撤销')).toBeInTheDocument();
    expect(screen.getByText('共 42 个综试区')).toBeInTheDocument();
    expect(Object.fromEntries(requests[0])).toEqual({ page: '0', size: '20', sort: 'code,asc' });

    await user.click(screen.getByText('批次'));
    await waitFor(() => expect(requests.at(-1)?.get('sort')).toBe('batch,asc'));

    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click(await screen.findByTitle('运行中'));
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('ACTIVE'));
    expect(requests.at(-1)?.get('page')).toBe('0');
  });

  it('sends the version with a status change and explains a 409', async () => {
    recordListRequests();
    let sent: UpdateZoneRequest | undefined;
    server.use(
      http.patch('/api/national/zones/ningbo', async ({ request }) => {
        sent = (await request.json()) as UpdateZoneRequest;
        return problem(request, 'stale-version');
      }),
    );
    renderWithProviders(<ZonesTable />);

    const row = (await screen.findByText('中国（宁波）跨境电子商务综合试验区')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '更改状态' }));
    await user.click(await screen.findByLabelText('新状态'));
    await user.click(await screen.findByTitle('已撤销'));
    await user.click(screen.getByRole('button', { name: '保 存' }));

    expect(await screen.findByText('无法更改状态', { selector: '.ant-modal-confirm-title' })).toBeInTheDocument();
    expect(screen.getByText('此记录已被他人修改，请刷新后重试。')).toBeInTheDocument();
    expect(sent).toEqual({ status: 'REVOKED', version: 0 });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { anAuditEntry, ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { AuditPage } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

function recordAuditRequests(): URLSearchParams[] {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('/api/zones/ningbo/audit', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json<AuditPage>({
        items: [
          anAuditEntry({
            before: { nameZh: '宁波旧名有限公司', kinds: ['SELLER'], exportValueCny: 100 },
            after: { nameZh: '宁波海曙跨境电商有限公司', kinds: ['SELLER', 'PLATFORM'], exportValueCny: 2500.5 },
          }),
          anAuditEntry({
            id: 99,
            entityType: 'account',
            entityId: 'u-2',
            action: 'invited',
            before: null,
            after: { username: 'ningbo-1-li', email: 'li@haishu.example', enabled: true },
          }),
        ],
        page: 0,
        size: 20,
        total: 2,
      });
    }),
  );
  return requests;
}

describe('audit trail', { timeout: 60_000 }, () => {
  it("shows each change's fields as before → after and filters by entity, person and period", async () => {
    server.use(signedInAs(ningboAdmin));
    const requests = recordAuditRequests();
    renderApp('/zones/ningbo/audit?entityType=enterprise&entityId=1');

    const table = await screen.findByTestId('audit-table');
    const name = (await within(table).findByText('宁波旧名有限公司')).closest('[data-field]') as HTMLElement;
    expect(name).toHaveTextContent('企业名称: 宁波旧名有限公司 → 宁波海曙跨境电商有限公司');
    expect(within(table).getByText('卖家、平台')).toBeInTheDocument();
    expect(within(table).getByText('¥2,500.50')).toBeInTheDocument();
    expect(within(table).getByText('修改')).toBeInTheDocument();
    expect(within(table).getByText('账号 ningbo-1-li')).toBeInTheDocument();
    expect(within(table).getByText('邀请')).toBeInTheDocument();
    expect(screen.getByTestId('audit-entity-filter')).toHaveTextContent('仅显示企业 1 的记录');
    expect(Object.fromEntries(requests[0])).toEqual({ entityType: 'enterprise', entityId: '1', page: '0', size: '20' });

    await user.type(screen.getByRole('searchbox', { name: '操作人' }), 'ningbo-admin{Enter}');
    await waitFor(() => expect(requests.at(-1)?.get('actor')).toBe('ningbo-admin'));

    const [start, end] = screen.getAllByRole('textbox').filter((input) => input.closest('.ant-picker-range'));
    await user.click(start);
    await user.type(start, '2026-01-01{Enter}');
    await user.type(end, '2026-01-31{Enter}');
    await waitFor(() => expect(requests.at(-1)?.get('to')).not.toBeNull());
    const last = requests.at(-1)!;
    // Whole days in the browser's time zone: from the first day's start to the start of the day after the last.
    expect(new Date(last.get('from')!).getTime()).toBe(new Date(2026, 0, 1).getTime());
    expect(new Date(last.get('to')!).getTime()).toBe(new Date(2026, 1, 1).getTime());
    expect(last.get('actor')).toBe('ningbo-admin');

    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    const options = await screen.findAllByTitle('账号');
    await user.click(options.find((element) => element.classList.contains('ant-select-item-option'))!);
    await waitFor(() => expect(requests.at(-1)?.get('entityType')).toBe('account'));
    expect(requests.at(-1)?.has('entityId')).toBe(false);
  });

  it('is offered from the enterprise page for that enterprise', async () => {
    server.use(signedInAs(ningboAdmin));
    const requests = recordAuditRequests();
    renderApp('/zones/ningbo/enterprises/1');

    await user.click(await screen.findByRole('button', { name: /操作日志/ }));

    await screen.findByTestId('audit-table');
    await waitFor(() => expect(requests.at(-1)?.get('entityId')).toBe('1'));
    expect(requests.at(-1)?.get('entityType')).toBe('enterprise');
  });

  it('is not for enterprise users', async () => {
    server.use(signedInAs(ningboEnterprise));
    renderApp('/zones/ningbo/audit');

    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});

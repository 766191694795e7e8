import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { AccountsCard } from '@/features/enterprises/components/accounts-card';
import { EnterpriseActions } from '@/features/enterprises/components/enterprise-actions';
import { anAccount, anEnterprise } from '@/testing/data';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';
import type { StatusChange } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('enterprise lifecycle and accounts', { timeout: 60_000 }, () => {
  it('suspends after a confirmation, with the version seen, and explains a refused change', async () => {
    const sent: StatusChange[] = [];
    server.use(
      http.post('/api/zones/ningbo/enterprises/1/suspend', async ({ request }) => {
        sent.push((await request.json()) as StatusChange);
        return sent.length === 1
          ? HttpResponse.json(anEnterprise({ status: 'SUSPENDED', version: 4 }))
          : problem(request, 'stale-version');
      }),
    );
    renderWithProviders(<EnterpriseActions zone="ningbo" enterprise={anEnterprise()} />);

    await user.click(screen.getByRole('button', { name: '暂 停' }));
    const TITLE = { selector: '.ant-modal-confirm-title' };
    const confirm = (await screen.findByText('确定暂停「宁波海曙跨境电商有限公司」？', TITLE)).closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('所有账号将被停用');
    await user.click(within(confirm).getByRole('button', { name: '暂 停' }));
    expect(await screen.findByText('已暂停')).toBeInTheDocument();
    expect(sent).toEqual([{ version: 3 }]);

    await user.click(screen.getByRole('button', { name: '暂 停' }));
    // The first confirmation may linger hidden in the document: take the newest.
    const again = (await screen.findAllByText('确定暂停「宁波海曙跨境电商有限公司」？', TITLE)).at(-1)!.closest('.ant-modal') as HTMLElement;
    await user.click(within(again).getByRole('button', { name: '暂 停' }));
    expect(await screen.findByText('操作未能完成', TITLE)).toBeInTheDocument();
    expect(screen.getByText('此记录已被他人修改，请刷新后重试。')).toBeInTheDocument();
    expect(screen.getByText(/该企业可能刚被他人修改/)).toBeInTheDocument();
  });

  it('disables an account and removes one after a confirmation', async () => {
    const calls: string[] = [];
    server.use(
      http.get('/api/zones/ningbo/enterprises/1/users', () =>
        HttpResponse.json([anAccount(), anAccount({ id: 'u-2', username: 'ningbo-1-li', email: 'li@haishu.example' })]),
      ),
      http.post('/api/zones/ningbo/enterprises/1/users/:userId/disable', ({ params }) => {
        calls.push(`disable ${String(params.userId)}`);
        return HttpResponse.json(anAccount({ enabled: false }));
      }),
      http.delete('/api/zones/ningbo/enterprises/1/users/:userId', ({ params }) => {
        calls.push(`delete ${String(params.userId)}`);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<AccountsCard zone="ningbo" enterprise={anEnterprise()} canManage />);

    const chen = (await screen.findByText('ningbo-1-chen')).closest('tr') as HTMLElement;
    await user.click(within(chen).getByRole('button', { name: '停用' }));
    expect(await screen.findByText('账号已停用')).toBeInTheDocument();

    const li = screen.getByText('ningbo-1-li').closest('tr') as HTMLElement;
    await user.click(within(li).getByRole('button', { name: '删除' }));
    expect(calls).toEqual(['disable a1b2c3']);
    const popconfirm = (await screen.findByText('确定删除账号 ningbo-1-li？')).closest('.ant-popover') as HTMLElement;
    await user.click(within(popconfirm).getByRole('button', { name: '删 除' }));
    await waitFor(() => expect(calls).toEqual(['disable a1b2c3', 'delete u-2']));
    expect(await screen.findByText('账号已删除')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { anAccount, anEnterprise, ministry, ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { aSummary } from '@/testing/compliance-data';
import type { Account, AssessmentPage, ContactForm, Invitation } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

async function enter(label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

describe('enterprise page', { timeout: 60_000 }, () => {
  it('shows every field with localized kinds, modes and money', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/zones/ningbo/enterprises/1');

    const details = await screen.findByTestId('enterprise-details');
    expect(details).toHaveTextContent('91330206MA2AFXXX1P');
    expect(details).toHaveTextContent('海外仓');
    expect(details).toHaveTextContent('9810 跨境电商出口海外仓');
    expect(details).toHaveTextContent('¥12,345,678.50');
    expect(details).toHaveTextContent('3302960001');
    expect(screen.getByRole('button', { name: /操作日志/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '暂 停' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '注 销' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '恢 复' })).not.toBeInTheDocument();
  });

  it('invites a user and shows the temporary password only once', async () => {
    server.use(signedInAs(ningboAdmin));
    let accounts: Account[] = [anAccount()];
    const invitations: Invitation[] = [];
    const invited = anAccount({
      id: 'u-2',
      username: 'ningbo-1-li',
      email: 'li@haishu.example',
      lastName: '李',
      firstName: '娜',
      passwordChangePending: true,
    });
    server.use(
      http.get('/api/zones/ningbo/enterprises/1/users', () => HttpResponse.json(accounts)),
      http.post('/api/zones/ningbo/enterprises/1/users', async ({ request }) => {
        const invitation = (await request.json()) as Invitation;
        invitations.push(invitation);
        if (invitation.email === 'taken@haishu.example') {
          return problem(request, 'email-taken', {
            args: ['taken@haishu.example'],
            errors: [{ field: 'email', code: 'account.email-in-use' }],
          });
        }
        accounts = [...accounts, invited];
        return HttpResponse.json({ account: invited, temporaryPassword: 'Tmp-9xQ2-kP' }, { status: 201 });
      }),
    );
    renderApp('/zones/ningbo/enterprises/1');

    const card = await screen.findByTestId('accounts-card');
    expect(await within(card).findByText('ningbo-1-chen')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /邀请用户/ }));
    await enter('邮箱', 'taken@haishu.example');
    await enter('姓', '李');
    await enter('名', '娜');
    await user.click(screen.getByRole('button', { name: '邀 请' }));

    // Someone else's address: the 409 lands on the email field.
    const emailItem = screen.getByLabelText('邮箱').closest('.ant-form-item') as HTMLElement;
    expect(await within(emailItem).findByText('已属于另一个账号')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('邮箱'));
    await enter('邮箱', 'li@haishu.example');
    await user.click(screen.getByRole('button', { name: '邀 请' }));

    const dialog = await screen.findByTestId('one-time-credentials');
    expect(within(dialog).getByTestId('temporary-password')).toHaveTextContent('Tmp-9xQ2-kP');
    expect(within(dialog).getByTestId('credentials-username')).toHaveTextContent('ningbo-1-li');
    expect(within(dialog).getByText(/只显示这一次/)).toBeInTheDocument();
    expect(screen.getByText('企业用户账号已创建')).toBeInTheDocument();
    expect(invitations.at(-1)).toEqual({ email: 'li@haishu.example', lastName: '李', firstName: '娜' });

    await user.click(screen.getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByText('Tmp-9xQ2-kP')).not.toBeInTheDocument());
    expect(screen.queryByTestId('one-time-credentials')).not.toBeInTheDocument();
    // The list shows the new account, waiting for its first password change.
    const row = (await within(card).findByText('ningbo-1-li')).closest('tr') as HTMLElement;
    expect(within(row).getByText('待修改初始密码')).toBeInTheDocument();
    expect(within(row).getByText('李娜')).toBeInTheDocument();
  });

  it('shows an enterprise user only its enterprise and lets it change only the contact', async () => {
    server.use(signedInAs(ningboEnterprise));
    let accountsAsked = false;
    let sent: ContactForm | undefined;
    server.use(
      http.get('/api/zones/ningbo/enterprises/1/users', ({ request }) => {
        accountsAsked = true;
        return problem(request, 'zone-staff-only');
      }),
      http.put('/api/zones/ningbo/enterprises/1/contact', async ({ request }) => {
        sent = (await request.json()) as ContactForm;
        return HttpResponse.json(anEnterprise({ ...sent, version: 4 }));
      }),
    );
    renderApp('/');

    // Home is its own enterprise.
    expect(await screen.findByTestId('enterprise-name')).toHaveTextContent('宁波海曙跨境电商有限公司');
    const contact = screen.getByTestId('contact-form');
    expect(within(contact).getByLabelText('联系人')).toHaveValue('王伟');
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '暂 停' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /操作日志/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('accounts-card')).not.toBeInTheDocument();
    expect(screen.queryByTestId('enterprise-assessments')).not.toBeInTheDocument();
    expect(screen.queryByText('返回企业名录')).not.toBeInTheDocument();
    const nav = within(screen.getByRole('menu'));
    expect(nav.getByRole('link', { name: '本企业' })).toHaveAttribute('href', '/zones/ningbo/enterprises/1');
    expect(nav.queryByRole('link', { name: '企业名录' })).not.toBeInTheDocument();

    await user.clear(within(contact).getByLabelText('联系电话'));
    await user.type(within(contact).getByLabelText('联系电话'), '0574-88886666');
    await user.click(within(contact).getByRole('button', { name: /保存联系方式/ }));

    await waitFor(() =>
      expect(sent).toEqual({
        contactName: '王伟',
        contactPhone: '0574-88886666',
        contactEmail: 'wang@haishu.example',
        version: 3,
      }),
    );
    expect(await screen.findByText('联系方式已更新')).toBeInTheDocument();
    expect(accountsAsked).toBe(false);
  });

  it('lets ministry read the enterprise and its accounts without changing anything', async () => {
    server.use(signedInAs(ministry), http.get('/api/zones/ningbo/enterprises/1/users', () => HttpResponse.json([anAccount()])));
    renderApp('/zones/ningbo/enterprises/1');

    const card = await screen.findByTestId('accounts-card');
    expect(await within(card).findByText('ningbo-1-chen')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /邀请用户/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /停用|删除/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('contact-form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /操作日志/ })).toBeInTheDocument();
  });

  it('lists the enterprise’s self-assessments, newest first, five to a page, each linking to it', async () => {
    server.use(signedInAs(ningboAdmin));
    const asked: URLSearchParams[] = [];
    // The newest is a draft; the six before it were approved.
    const rows = Array.from({ length: 7 }, (_, i) =>
      i === 0
        ? aSummary({ id: 20, status: 'DRAFT', submittedAt: null })
        : aSummary({ id: 20 - i, status: 'APPROVED', score: 80 + i, level: 'B' }),
    );
    server.use(
      http.get('/api/zones/ningbo/assessments', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        const current = Number(params.get('page'));
        const items = rows.slice(current * 5, current * 5 + 5);
        return HttpResponse.json<AssessmentPage>({ items, page: current, size: 5, total: 7 });
      }),
    );
    renderApp('/zones/ningbo/enterprises/1');

    const card = await screen.findByTestId('enterprise-assessments');
    expect(within(card).getByText('合规自评')).toBeInTheDocument();
    const first = await within(card).findAllByTestId('assessment-row');
    expect(first).toHaveLength(5);
    expect(asked[0].get('enterpriseId')).toBe('1');
    expect(asked[0].get('sort')).toBe('startedAt,desc');
    expect(asked[0].get('size')).toBe('5');
    expect(within(first[0]).getByTestId('assessment-status')).toHaveTextContent('草稿');
    expect(within(first[1]).getByTestId('assessment-status')).toHaveTextContent('已通过');
    expect(first[1]).toHaveTextContent('81.0');
    expect(within(first[1]).getByText('B级')).toBeInTheDocument();
    expect(within(first[0]).getByRole('link', { name: '查看' })).toHaveAttribute('href', '/zones/ningbo/assessments/20');
    expect(within(card).getByText('共 7 条')).toBeInTheDocument();

    await user.click(within(card).getByTitle('2'));

    await waitFor(() => expect(within(card).getAllByTestId('assessment-row')).toHaveLength(2));
    expect(asked.at(-1)?.get('page')).toBe('1');
    expect(within(card).getAllByTestId('assessment-row')[0]).toHaveAttribute('data-id', '15');
  });

  it('shows ministry the enterprise’s self-assessments too', async () => {
    server.use(
      signedInAs(ministry),
      http.get('/api/zones/ningbo/assessments', () =>
        HttpResponse.json<AssessmentPage>({ items: [aSummary()], page: 0, size: 5, total: 1 }),
      ),
    );
    renderApp('/zones/ningbo/enterprises/1');

    const card = await screen.findByTestId('enterprise-assessments');
    const row = (await within(card).findAllByTestId('assessment-row'))[0];
    expect(within(row).getByTestId('assessment-status')).toHaveTextContent('待审核');
    expect(within(row).getByRole('link', { name: '查看' })).toHaveAttribute('href', '/zones/ningbo/assessments/5');
  });

  it('reads an enterprise the server will not show as not found', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.use(signedInAs(ningboAdmin));
    renderApp('/zones/ningbo/enterprises/2');

    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});

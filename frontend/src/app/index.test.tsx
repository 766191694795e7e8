import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { App } from '@/app';
import { signOut } from '@/lib/keycloak';
import { ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';

vi.mock('@/lib/keycloak', () => ({ freshToken: async () => 'token-123', signOut: vi.fn(async () => {}) }));

/** The whole app as main.tsx starts it after sign-in, on this route. */
function startApp(route: string) {
  window.history.replaceState(null, '', route);
  return render(<App />);
}

describe('an account the server refuses', () => {
  it('gets a page with the server’s reason and a sign-out instead of the app', async () => {
    server.use(http.get('/api/me', ({ request }) => problem(request, 'account-not-bound')));
    startApp('/zones/ningbo');

    const page = await screen.findByTestId('account-problem');
    expect(page).toHaveAttribute('data-code', 'account-not-bound');
    expect(page).toHaveTextContent('此账号无法使用 ZoneHub');
    expect(page).toHaveTextContent('您的账号未经 ZoneHub 开通，或与开通时绑定的综试区、企业不一致，请联系综试区管理员。');
    expect(page).toHaveTextContent('请求编号：req-test-1');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await userEvent.click(within(page).getByRole('button', { name: /退出登录/ }));
    expect(signOut).toHaveBeenCalled();
  });

  it('reads the reason in English when the user chose English', async () => {
    localStorage.setItem('zonehub.locale', 'en');
    server.use(http.get('/api/me', ({ request }) => problem(request, 'account-roles-ambiguous')));
    startApp('/');

    const page = await screen.findByTestId('account-problem');
    expect(page).toHaveTextContent('This account cannot use ZoneHub');
    expect(page).toHaveTextContent(
      'Your account holds more than one ZoneHub role, so who you are is unclear; ask an administrator to keep one.',
    );
    expect(within(page).getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
  });

  it('leaves the app when a later call refuses the account', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/enterprises', ({ request }) => problem(request, 'account-zone-missing')),
    );
    startApp('/zones/ningbo');
    expect(await screen.findByTestId('zone-home')).toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('menu')).getByRole('link', { name: '企业名录' }));

    expect(await screen.findByTestId('account-problem')).toHaveTextContent('您的账号缺少所属综试区，请联系管理员。');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('keeps the app for other refusals', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/enterprises', ({ request }) => problem(request, 'zone-staff-only')),
    );
    startApp('/zones/ningbo/enterprises');

    expect(await screen.findByText('只有本综试区的管理人员可以查看。')).toBeInTheDocument();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(screen.queryByTestId('account-problem')).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ministry, ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function navigation() {
  return within(await screen.findByRole('menu'));
}

describe('app layout', () => {
  it('offers the national zone list to the ministry', async () => {
    server.use(signedInAs(ministry));
    renderApp('/me');

    const nav = await navigation();
    expect(nav.getByRole('link', { name: '综试区管理' })).toHaveAttribute('href', '/national/zones');
    expect(nav.getByRole('link', { name: '我的账号' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: '本区首页' })).not.toBeInTheDocument();
  });

  it('offers a zone administrator their zone, not the national list', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/me');

    const nav = await navigation();
    expect(nav.getByRole('link', { name: '本区首页' })).toHaveAttribute('href', '/zones/ningbo');
    expect(nav.getByRole('link', { name: '企业名录' })).toHaveAttribute('href', '/zones/ningbo/enterprises');
    expect(nav.getByRole('link', { name: '批量导入' })).toHaveAttribute('href', '/zones/ningbo/enterprises/import');
    expect(nav.getByRole('link', { name: '操作日志' })).toHaveAttribute('href', '/zones/ningbo/audit');
    expect(nav.queryByRole('link', { name: '综试区管理' })).not.toBeInTheDocument();
  });

  it('marks the one menu entry the page belongs to', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/zones/ningbo/enterprises/import');

    const nav = await navigation();
    const selected = nav.getAllByRole('menuitem').filter((item) => item.classList.contains('ant-menu-item-selected'));
    expect(selected.map((item) => item.textContent)).toEqual(['批量导入']);
  });

  it('shows who is signed in, in which role and zone', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/me');

    const header = (await screen.findByText('ZoneHub 跨境电商综试区合规平台')).closest('header') as HTMLElement;
    expect(within(header).getByText('李宁')).toBeInTheDocument();
    expect(within(header).getByText('综试区管理员')).toBeInTheDocument();
    expect(within(header).getByText('综试区：ningbo')).toBeInTheDocument();
  });

  it('switches the texts to English and remembers the choice', async () => {
    server.use(signedInAs(ministry));
    renderApp('/me');

    await userEvent.click(await screen.findByText('English'));

    expect(await screen.findByRole('button', { name: /Sign out/ })).toBeInTheDocument();
    expect((await navigation()).getByRole('link', { name: 'Pilot zones' })).toBeInTheDocument();
    expect(screen.getByText('Username')).toBeInTheDocument();
    expect(localStorage.getItem('zonehub.locale')).toBe('en');
  });

  it('sends each role from / to its home', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/');

    expect(await screen.findByTestId('zone-home')).toHaveTextContent('中国（宁波）跨境电子商务综合试验区');
  });

  it('answers an unknown path with a not-found page inside the layout', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(await navigation()).toBeTruthy();
  });
});

describe('compliance navigation', () => {
  it('offers an enterprise user its self-assessment and rectifications, not the review queue', async () => {
    server.use(signedInAs(ningboEnterprise));
    renderApp('/me');

    const nav = await navigation();
    expect(nav.getByRole('link', { name: '合规自评' })).toHaveAttribute('href', '/zones/ningbo/assessments');
    expect(nav.getByRole('link', { name: '整改任务' })).toHaveAttribute('href', '/zones/ningbo/rectifications');
    expect(nav.queryByRole('link', { name: '审核队列' })).not.toBeInTheDocument();
    expect(nav.queryByRole('link', { name: '合规看板' })).not.toBeInTheDocument();
  });

  it('offers a zone administrator the dashboard, review queue, assessments and rectifications', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/me');

    const nav = await navigation();
    expect(nav.getByRole('link', { name: '合规看板' })).toHaveAttribute('href', '/zones/ningbo/compliance');
    expect(nav.getByRole('link', { name: '审核队列' })).toHaveAttribute('href', '/zones/ningbo/review-queue');
    expect(nav.getByRole('link', { name: '自评记录' })).toHaveAttribute('href', '/zones/ningbo/assessments');
    expect(nav.getByRole('link', { name: '整改任务' })).toHaveAttribute('href', '/zones/ningbo/rectifications');
    expect(nav.queryByRole('link', { name: '合规自评' })).not.toBeInTheDocument();
  });

  it('offers ministry a zone’s dashboard, assessments and tasks when it drills in, but no review queue', async () => {
    server.use(signedInAs(ministry));
    renderApp('/zones/ningbo');

    const nav = await navigation();
    expect(nav.getByRole('link', { name: '合规看板' })).toHaveAttribute('href', '/zones/ningbo/compliance');
    expect(nav.getByRole('link', { name: '自评记录' })).toHaveAttribute('href', '/zones/ningbo/assessments');
    expect(nav.getByRole('link', { name: '整改任务' })).toHaveAttribute('href', '/zones/ningbo/rectifications');
    expect(nav.queryByRole('link', { name: '审核队列' })).not.toBeInTheDocument();
  });
});

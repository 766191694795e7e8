import { screen } from '@testing-library/react';
import { ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('zone home', () => {
  it('shows the zone card with the approval date written for the locale', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/zones/ningbo');

    const home = await screen.findByTestId('zone-home');
    expect(home).toHaveTextContent('中国（宁波）跨境电子商务综合试验区');
    expect(home).toHaveTextContent('2016年1月6日');
    expect(home).toHaveTextContent('第2批');
    expect(home).toHaveTextContent('运行中');
    expect(screen.queryByText(/绑定企业/)).not.toBeInTheDocument();
  });

  it('tells an enterprise user which enterprise they are bound to', async () => {
    server.use(signedInAs(ningboEnterprise));
    renderApp('/zones/ningbo');

    expect(await screen.findByText('您的账号绑定企业 1')).toBeInTheDocument();
  });

  it('reads a zone the server will not show as not found', async () => {
    // React reports the error the route's boundary caught; here it is expected.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.use(signedInAs(ningboAdmin));
    renderApp('/zones/hangzhou');

    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});

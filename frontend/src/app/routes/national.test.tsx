import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { trendChart } from '@/features/rollup/components/national-dashboard';
import { byProvince } from '@/features/rollup/components/figures';
import { zhCN } from '@/locales/zh-CN';
import { ministry, ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { defaultZones, months, nationalPicture } from '@/testing/rollup-data';
import { renderApp } from '@/testing/test-utils';

describe('the national dashboard', () => {
  it('is ministry’s home: totals, the time of the data, the map’s source and every zone', async () => {
    server.use(signedInAs(ministry));
    renderApp('/');

    const dashboard = await screen.findByTestId('national-dashboard');
    expect(within(dashboard).getByTestId('national-active')).toHaveTextContent('576');
    expect(within(dashboard).getByTestId('national-compliance')).toHaveTextContent('5.2%');
    expect(within(dashboard).getByTestId('national-open')).toHaveTextContent('其中逾期 9');
    expect(within(dashboard).getByTestId('data-as-of')).toHaveTextContent('数据截至');
    expect(within(dashboard).getByTestId('map-source')).toHaveTextContent('审图号');
    const table = within(dashboard).getByTestId('national-zones-table');
    expect(table).toHaveTextContent('中国（宁波）跨境电子商务综合试验区');
    expect(table).toHaveTextContent('不计入合计');
  });

  it('sorts by compliance rate, best first, and opens a zone from its row', async () => {
    server.use(signedInAs(ministry));
    renderApp('/national');

    const table = await screen.findByTestId('national-zones-table');
    const rows = () => within(table).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
    expect(rows()[0]).toContain('hangzhou');
    expect(rows()[1]).toContain('ningbo');
    fireEvent.click(within(table).getAllByRole('row')[2]);
    expect(await screen.findByTestId('zone-dashboard')).toBeInTheDocument();
  });

  it('asks the server for the chosen province', async () => {
    const asked: string[] = [];
    server.use(
      signedInAs(ministry),
      http.get('/api/national/rollup', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('province') ?? '');
        return HttpResponse.json(nationalPicture());
      }),
    );
    renderApp('/national');
    await screen.findByTestId('national-zones-table');

    fireEvent.mouseDown(within(screen.getByTestId('filter-province')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('福建省'));
    await vi.waitFor(() => expect(asked).toContain('福建省'));
  });

  it('is not for zone users', async () => {
    server.use(signedInAs(ningboAdmin));
    renderApp('/national');
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });
});

describe('the national figures', () => {
  it('adds a province up from its zones’ counts and leaves revoked zones out', () => {
    const rates = byProvince(defaultZones(), 'complianceRate');
    // ningbo (6 + 9 of 288) and hangzhou (6 + 9 of 288): rates recomputed from the sums
    expect(rates.get('浙江省')).toBeCloseTo(30 / 576);
    expect(rates.has('福建省')).toBe(false);
    expect(byProvince(defaultZones(), 'activeEnterprises').get('浙江省')).toBe(576);
  });

  it('marks the current month as live in the trend', () => {
    const option = trendChart(months(), zhCN);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-10', '2026-11', '2026-12（本月实时）']);
  });
});

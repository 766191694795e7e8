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
    expect(within(dashboard).getByTestId('national-programs')).toHaveTextContent('3');
    expect(within(dashboard).getByTestId('national-attainment')).toHaveTextContent('73.1%');
    expect(within(dashboard).getByTestId('national-attainment')).toHaveTextContent('2 个综试区的平均');
    expect(within(dashboard).getByTestId('national-completion')).toHaveTextContent('62.5%');
    expect(within(dashboard).getByTestId('national-completion')).toHaveTextContent('已完成 15 / 24 项举措');
    expect(within(dashboard).getByTestId('national-late-measures')).toHaveTextContent('缺报 5 次');
    expect(within(dashboard).getByTestId('data-as-of')).toHaveTextContent('数据截至');
    expect(within(dashboard).getByTestId('map-source')).toHaveTextContent('审图号');
    const table = within(dashboard).getByTestId('national-zones-table');
    expect(table).toHaveTextContent('中国（宁波）跨境电子商务综合试验区');
    expect(table).toHaveTextContent('不计入合计');
    expect(table).toHaveTextContent('指标达成率');
    expect(table).toHaveTextContent('81.3%');
    expect(table).toHaveTextContent('行动完成率');
    expect(table).toHaveTextContent('75.0%');
  });

  // one render for both (the full dashboard is slow to render on a loaded machine)
  it('sorts by KPI attainment and action completion, and lets the map and the trend show them', async () => {
    server.use(signedInAs(ministry));
    renderApp('/national');

    const table = await screen.findByTestId('national-zones-table');
    const rows = () => within(table).getAllByRole('row').slice(1).map((row) => row.textContent?.match(/ningbo|hangzhou|xiamen/)?.[0]);
    const header = (name: string) => within(table).getAllByRole('columnheader').find((cell) => cell.textContent?.includes(name))!;
    fireEvent.click(header('指标达成率'));
    fireEvent.click(header('指标达成率'));
    // zones without data sort below every zone with some
    expect(rows()).toEqual(['ningbo', 'hangzhou', 'xiamen']);
    fireEvent.click(header('行动完成率'));
    expect(rows()).toEqual(['xiamen', 'hangzhou', 'ningbo']);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '指标' }));
    expect(await screen.findByTitle('产业带指标达成率')).toBeInTheDocument();
    expect(screen.getByTitle('专项行动完成率')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '趋势指标' }));
    expect((await screen.findAllByText('专项行动完成率')).length).toBeGreaterThan(1);
  }, 40_000);

  it('sorts by compliance rate, best first, and opens a zone from its row', async () => {
    server.use(signedInAs(ministry));
    renderApp('/national');

    const table = await screen.findByTestId('national-zones-table');
    const rows = () => within(table).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
    expect(rows()[0]).toContain('hangzhou');
    expect(rows()[1]).toContain('ningbo');
    fireEvent.click(within(table).getAllByRole('row')[2]);
    const zone = await screen.findByTestId('zone-dashboard');
    expect(within(zone).getByTestId('zone-attainment')).toHaveTextContent('81.3%');
    expect(within(zone).getByTestId('zone-completion')).toHaveTextContent('已完成 9 / 12 项举措');
    expect(within(zone).getByTestId('zone-late-measures')).toHaveTextContent('缺报 3 次');
    expect(within(zone).getByTestId('zone-actions')).toBeInTheDocument();
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

  it('takes a province’s KPI attainment as the mean over its zones, and its completion from the sums', () => {
    expect(byProvince(defaultZones(), 'kpiAttainment').get('浙江省')).toBeCloseTo((0.8125 + 0.65) / 2);
    expect(byProvince(defaultZones(), 'actionCompletion').get('浙江省')).toBeCloseTo(15 / 24);
    const none = defaultZones().map((zone) => ({ ...zone, kpiAttainment: null, measuresAssigned: 0, measuresDone: 0 }));
    expect(byProvince(none, 'kpiAttainment').get('浙江省')).toBeNull();
    expect(byProvince(none, 'actionCompletion').get('浙江省')).toBeNull();
  });

  it('draws the chosen rates in the trend, a month without data as a gap', () => {
    const option = trendChart(months(), zhCN, ['kpiAttainment', 'actionCompletion']);
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((line) => line.name)).toEqual(['产业带指标达成率', '专项行动完成率', '在册企业']);
    expect(series[0].data).toEqual([null, 73.1, 73.1]);
    expect(series[1].data).toEqual([null, 62.5, 62.5]);
  });

  it('marks the current month as live in the trend', () => {
    const option = trendChart(months(), zhCN);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-10', '2026-11', '2026-12（本月实时）']);
  });
});

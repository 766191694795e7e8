import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { aMonth, aMonthReport, aProgram, aProgress } from '@/testing/program-data';
import { renderApp } from '@/testing/test-utils';
import type { ProgramPage, ReportForm } from '@/types/api';

const PROGRAM = '/api/zones/ningbo/programs/7';

// Whole-app renders with charts: slow on a loaded machine, so each test gets more than the default 20 s.
const SLOW = 60_000;

describe('industrial-belt programs', () => {
  it('lists the zone programs for its administrator, with a way to create one', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/programs', () =>
        HttpResponse.json<ProgramPage>({ items: [aProgram()], page: 0, size: 100, total: 1 }),
      ),
    );
    renderApp('/zones/ningbo/programs');

    const list = await screen.findByTestId('program-list');
    expect(await within(list).findByText('宁波小家电产业带')).toBeInTheDocument();
    expect(within(list).getByText('实施中')).toBeInTheDocument();
    expect(screen.getByTestId('create-program')).toBeInTheDocument();
  }, SLOW);

  it('shows progress against plan in 万元 / 亿元 with the light and draws the charts', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get(PROGRAM, () => HttpResponse.json(aProgram())),
      http.get(`${PROGRAM}/progress`, () => HttpResponse.json(aProgress())),
      http.get(`${PROGRAM}/kpis/EXPORT_VALUE/contributions`, () =>
        HttpResponse.json({
          kpiCode: 'EXPORT_VALUE',
          asOf: '2026-02',
          contributions: [{ enterpriseId: 1, creditCode: '91330200MA2AAAAA1X', nameZh: '宁波甲电器有限公司', value: 5000000, latestMonth: '2026-02', stale: false, left: false, reportedThisMonth: true }],
          notReported: [{ enterpriseId: 2, creditCode: null, nameZh: '宁波乙电器有限公司', value: null, latestMonth: null, stale: false, left: false, reportedThisMonth: false }],
        }),
      ),
    );
    renderApp('/zones/ningbo/programs/7');

    await userEvent.click(await screen.findByRole('tab', { name: '进度' }));
    const card = await screen.findByTestId('progress-EXPORT_VALUE');
    expect(card).toHaveTextContent('1.85 亿元');
    expect(card).toHaveTextContent('2 亿元');
    expect(card).toHaveTextContent('92.5%');
    expect(card).toHaveTextContent('预警');
    for (const id of ['chart-actual-vs-plan', 'chart-completeness', 'chart-contributions']) {
      await waitFor(() => expect(screen.getByTestId(id).querySelector('svg')).not.toBeNull());
    }
    expect(screen.getByText(/本月未报企业/)).toHaveTextContent('宁波乙电器有限公司');
  }, SLOW);

  it('gives the enterprise its monthly form and sends its figures with the versions it read', async () => {
    let sent: ReportForm | undefined;
    server.use(
      signedInAs(ningboEnterprise),
      http.get(PROGRAM, () => HttpResponse.json(aProgram())),
      http.get(`${PROGRAM}/months`, () => HttpResponse.json([aMonth({ month: '2026-01', state: 'CLOSED' }), aMonth({ expected: 1, received: 0, onTime: 0 })])),
      http.get(`${PROGRAM}/months/2026-02`, () => HttpResponse.json(aMonthReport())),
      http.put(`${PROGRAM}/months/2026-02/figures`, async ({ request }) => {
        sent = (await request.json()) as ReportForm;
        return HttpResponse.json(aMonthReport());
      }),
    );
    renderApp('/zones/ningbo/programs/7');

    const form = await screen.findByTestId('monthly-form');
    expect(await within(form).findByText('2026-02 月度数据填报')).toBeInTheDocument();
    await userEvent.type(within(form).getByTestId('report-EXPORT_VALUE'), '1200000');
    await userEvent.type(within(form).getByTestId('report-OVERSEAS_WAREHOUSES'), '3');
    await userEvent.click(within(form).getByTestId('report-submit'));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.figures).toEqual([
      { kpiCode: 'EXPORT_VALUE', value: 1200000 },
      { kpiCode: 'OVERSEAS_WAREHOUSES', value: 3 },
    ]);
    expect(await screen.findByTestId('report-done')).toBeInTheDocument();
  }, SLOW);
});

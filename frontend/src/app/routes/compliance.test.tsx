import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { anOverview } from '@/testing/compliance-data';
import { ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('the zone compliance dashboard', () => {
  it('shows the KPIs and draws the charts from the overview', async () => {
    server.use(signedInAs(ningboAdmin), http.get('/api/zones/ningbo/compliance/overview', () => HttpResponse.json(anOverview())));
    renderApp('/zones/ningbo/compliance');

    const dashboard = await screen.findByTestId('compliance-dashboard');
    expect(within(dashboard).getByTestId('kpi-active')).toHaveTextContent('300');
    expect(within(dashboard).getByTestId('kpi-assessed')).toHaveTextContent('120');
    expect(within(dashboard).getByTestId('kpi-share')).toHaveTextContent('40.0%');
    expect(within(dashboard).getByTestId('kpi-average')).toHaveTextContent('82.4');

    // Each chart is drawn (SVG, no canvas needed) and names its data for screen readers.
    for (const id of ['chart-status', 'chart-level', 'chart-rectifications', 'chart-unmet']) {
      await vi.waitFor(() => expect(screen.getByTestId(id).querySelector('svg')).not.toBeNull());
    }
    expect(screen.getByTestId('chart-status')).toHaveAccessibleName('自评状态分布：草稿 30，待审核 12，已退回 4，已通过 120');
    expect(screen.getByTestId('chart-level')).toHaveAccessibleName('合规等级分布：A级 40，B级 50，C级 20，D级 10');
    expect(screen.getByTestId('chart-rectifications')).toHaveAccessibleName(
      '整改任务：待整改（含逾期） 35，已逾期 7，待验收 9，已验收 61',
    );
    expect(screen.getByTestId('chart-unmet')).toHaveAccessibleName(
      '未达标最多的要求：个人信息出境已完成安全评估或标准合同备案 27，销售商品不侵犯他人商标权 15',
    );
    // The Chinese titles are drawn on the bar chart's axis.
    expect(screen.getByTestId('chart-unmet')).toHaveTextContent('销售商品不侵犯他人商标权');
    expect(screen.queryByText('只读：商务部查看本区合规情况。')).not.toBeInTheDocument();
  });

  it('is read-only for ministry drilling into the zone', async () => {
    server.use(http.get('/api/zones/ningbo/compliance/overview', () => HttpResponse.json(anOverview({ mostUnmet: [], averageScore: null }))));
    renderApp('/zones/ningbo/compliance');

    expect(await screen.findByText('只读：商务部查看本区合规情况。')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-average')).toHaveTextContent('–');
    expect(screen.getByTestId('chart-unmet-card')).toHaveTextContent('暂无数据');
    expect(screen.queryByTestId('chart-unmet')).not.toBeInTheDocument();
  });
});

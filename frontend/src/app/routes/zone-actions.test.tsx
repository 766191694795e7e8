import { screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { ActionSummary, Inbox } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('zone actions page', () => {
  it("shows the zone administrator's to-do inbox with its count and the actions the zone received", async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/inbox', () =>
        HttpResponse.json<Inbox>({
          total: 3,
          urgent: 1,
          counts: { 'action.returned': 1, 'action.new-assignment': 1, 'program.month-to-confirm': 1 },
          items: [
            { source: 'action', kind: 'action.returned', refId: 5, parentId: 7, titleZh: '2 出口报关单AI智能审核', titleEn: '2 AI review', dueOn: '2025-06-30', urgent: true },
            { source: 'action', kind: 'action.new-assignment', refId: 6, parentId: 7, titleZh: '3 绿色通道', titleEn: '3 Green channels', dueOn: null, urgent: false },
            { source: 'program', kind: 'program.month-to-confirm', refId: 3, parentId: null, titleZh: '宁波小家电产业带 2025-05', titleEn: 'Ningbo appliances 2025-05', dueOn: '2025-06-10', urgent: false },
          ],
        }),
      ),
      http.get('/api/zones/ningbo/actions', () =>
        HttpResponse.json<ActionSummary[]>([
          { id: 7, owner: null, nameZh: '2025年促进跨境贸易便利化专项行动', nameEn: '2025 action', year: 2025, documentNo: null, windowStart: '2025-04-01', windowEnd: '2025-09-30', status: 'LAUNCHED', measures: 29, assigned: 29, completed: 20, overdue: 2, amber: 1, missingReports: 3, returned: 1 },
        ]),
      ),
    );
    renderApp('/zones/ningbo/actions');

    expect(await screen.findByText('被退回，请补充')).toBeInTheDocument();
    expect(screen.getByText('新任务')).toBeInTheDocument();
    expect(await screen.findByText('2025年促进跨境贸易便利化专项行动')).toBeInTheDocument();
    expect(screen.getByText('全国')).toBeInTheDocument();
    // the actions page lists its own items; the menu counts each feature's, the header's bell all of them
    expect(screen.queryByText('月度数据待确认')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '专项行动 (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '产业带项目 (1)' })).toBeInTheDocument();
    await user.click(screen.getByTestId('inbox-button'));
    expect(await screen.findByText('月度数据待确认')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /宁波小家电产业带 2025-05/ })).toHaveAttribute('href', '/zones/ningbo/programs/3');
  });

  it("gives an enterprise user its own inbox in the header, with a link to the month it has to report", async () => {
    server.use(
      signedInAs(ningboEnterprise),
      http.get('/api/zones/ningbo/inbox', () =>
        HttpResponse.json<Inbox>({
          total: 1,
          urgent: 0,
          counts: { 'program.month-open': 1 },
          items: [
            { source: 'program', kind: 'program.month-open', refId: 3, parentId: null, titleZh: '宁波小家电产业带 2025-06', titleEn: 'Ningbo appliances 2025-06', dueOn: '2025-07-10', urgent: false },
          ],
        }),
      ),
    );
    renderApp('/me');

    expect(await screen.findByRole('link', { name: '我的项目 (1)' })).toBeInTheDocument();
    await user.click(screen.getByTestId('inbox-button'));
    const link = await screen.findByRole('link', { name: /宁波小家电产业带 2025-06/ });
    expect(link).toHaveAttribute('href', '/zones/ningbo/programs/3');
    expect(link).toHaveTextContent('月度填报待报送');
    expect(link).toHaveTextContent('截止 2025-07-10');
  });
});

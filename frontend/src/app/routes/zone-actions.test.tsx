import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { ActionSummary, Inbox } from '@/types/api';

describe('zone actions page', () => {
  it("shows the zone administrator's to-do inbox with its count and the actions the zone received", async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/inbox', () =>
        HttpResponse.json<Inbox>({
          total: 2,
          urgent: 1,
          counts: { 'action.returned': 1, 'action.new-assignment': 1 },
          items: [
            { source: 'action', kind: 'action.returned', refId: 5, parentId: 7, titleZh: '2 出口报关单AI智能审核', titleEn: '2 AI review', dueOn: '2025-06-30', urgent: true },
            { source: 'action', kind: 'action.new-assignment', refId: 6, parentId: 7, titleZh: '3 绿色通道', titleEn: '3 Green channels', dueOn: null, urgent: false },
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
    // the menu shows how many items wait
    expect(await screen.findByRole('link', { name: '专项行动 (2)' })).toBeInTheDocument();
  });
});

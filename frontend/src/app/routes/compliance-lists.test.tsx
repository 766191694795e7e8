import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { anAssessment, aSummary, aTask } from '@/testing/compliance-data';
import { ministry, ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { AssessmentPage, RectificationPage } from '@/types/api';

const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, total: items.length });

describe('the review queue', () => {
  it('lists submitted assessments, oldest first, with how long each waited', async () => {
    server.use(signedInAs(ningboAdmin));
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('/api/zones/ningbo/assessments', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json<AssessmentPage>(page([aSummary()]));
      }),
    );
    renderApp('/zones/ningbo/review-queue');

    const queue = await screen.findByTestId('review-queue');
    expect(await within(queue).findByTestId('waiting')).toHaveTextContent('3天2小时');
    expect(asked?.get('status')).toBe('SUBMITTED');
    expect(within(queue).getByRole('link', { name: '审核' })).toHaveAttribute('href', '/zones/ningbo/assessments/5');
  });
});

describe('an enterprise user’s self-assessments', () => {
  it('starts a new one and opens it', async () => {
    server.use(
      signedInAs(ningboEnterprise),
      http.get('/api/zones/ningbo/assessments', () =>
        HttpResponse.json<AssessmentPage>(page([aSummary({ id: 3, status: 'APPROVED', score: 91, level: 'A' })])),
      ),
      http.post('/api/zones/ningbo/enterprises/1/assessments', () => HttpResponse.json(anAssessment(), { status: 201 })),
      http.get('/api/zones/ningbo/assessments/5', () => HttpResponse.json(anAssessment())),
    );
    renderApp('/zones/ningbo/assessments');

    await userEvent.click(await screen.findByTestId('start-assessment'));

    expect(await screen.findByTestId('assessment-form')).toBeInTheDocument();
  });

  it('opens the one in progress when the server says one already is', async () => {
    let lists = 0;
    server.use(
      signedInAs(ningboEnterprise),
      http.get('/api/zones/ningbo/assessments', () => {
        lists++;
        return HttpResponse.json<AssessmentPage>(page(lists === 1 ? [] : [aSummary({ status: 'DRAFT' })]));
      }),
      http.post('/api/zones/ningbo/enterprises/1/assessments', ({ request }) =>
        problem(request, 'assessment-in-progress', { args: [5] }),
      ),
      http.get('/api/zones/ningbo/assessments/5', () => HttpResponse.json(anAssessment())),
    );
    renderApp('/zones/ningbo/assessments');

    await userEvent.click(await screen.findByTestId('start-assessment'));

    expect(await screen.findByTestId('assessment-form')).toBeInTheDocument();
  });
});

// antd forms typed into in jsdom are slow on a busy 2-core machine.
describe('rectification tasks', { timeout: 45_000 }, () => {
  it('flags overdue tasks and lets the zone reopen a submitted fix only with a note', async () => {
    let reopened: unknown;
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/rectifications', () =>
        HttpResponse.json<RectificationPage>(
          page([aTask({ status: 'SUBMITTED', fixNote: '已补办登记', version: 2 }), aTask({ id: 10, itemCode: 'CUS-01', overdue: true })]),
        ),
      ),
      http.get('/api/zones/ningbo/rectifications/9', () =>
        HttpResponse.json(aTask({ status: 'SUBMITTED', fixNote: '已补办登记', version: 2 })),
      ),
      http.post('/api/zones/ningbo/rectifications/9/reopen', async ({ request }) => {
        reopened = await request.json();
        return HttpResponse.json(aTask({ status: 'REOPENED', zoneComment: '缺少回执', version: 3 }));
      }),
    );
    renderApp('/zones/ningbo/rectifications');

    const table = await screen.findByTestId('rectifications-table');
    const rows = await within(table).findAllByTestId('task-row');
    expect(within(rows[1]).getByTestId('task-overdue')).toHaveTextContent('已逾期');
    await userEvent.click(within(rows[0]).getByTestId('task-reopen'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByTestId('confirm-task-step'));
    expect(await within(dialog).findByText('请说明还缺什么')).toBeInTheDocument();
    expect(reopened).toBeUndefined();

    await userEvent.type(within(dialog).getByTestId('task-note'), '缺少回执');
    await userEvent.click(within(dialog).getByTestId('confirm-task-step'));

    expect(await screen.findByText('已退回重新整改')).toBeInTheDocument();
    expect(reopened).toEqual({ note: '缺少回执', version: 2 });
  });

  it('shows an enterprise the zone’s comment on a reopened task and asks for evidence before submitting', async () => {
    server.use(
      signedInAs(ningboEnterprise),
      http.get('/api/zones/ningbo/rectifications', () =>
        HttpResponse.json<RectificationPage>(page([aTask({ status: 'REOPENED', zoneComment: '缺少回执' })])),
      ),
      http.get('/api/zones/ningbo/rectifications/9', () =>
        HttpResponse.json(aTask({ status: 'REOPENED', zoneComment: '缺少回执' })),
      ),
    );
    renderApp('/zones/ningbo/rectifications');

    const row = (await screen.findAllByTestId('task-row'))[0];
    expect(within(row).getByTestId('task-zone-comment')).toHaveTextContent('缺少回执');
    await userEvent.click(within(row).getByTestId('task-submit'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('缺少回执');
    await userEvent.type(within(dialog).getByTestId('task-note'), '已补办');
    await userEvent.click(within(dialog).getByTestId('confirm-task-step'));

    expect(await within(dialog).findByText('请先上传至少一份整改证明材料')).toBeInTheDocument();
  });

  it('links each task to the assessment it came from', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/rectifications', () =>
        HttpResponse.json<RectificationPage>(page([aTask(), aTask({ id: 10, itemCode: 'CUS-01', assessmentId: 7 })])),
      ),
    );
    renderApp('/zones/ningbo/rectifications');

    const rows = await screen.findAllByTestId('task-row');
    expect(within(rows[0]).getByRole('link', { name: '依法办理税务登记并按期申报' })).toHaveAttribute(
      'href',
      '/zones/ningbo/assessments/5',
    );
    expect(within(rows[1]).getByTestId('task-assessment-link')).toHaveAttribute('href', '/zones/ningbo/assessments/7');
  });

  it('links an enterprise user’s tasks to its own assessments', async () => {
    server.use(
      signedInAs(ningboEnterprise),
      http.get('/api/zones/ningbo/rectifications', () => HttpResponse.json<RectificationPage>(page([aTask()]))),
    );
    renderApp('/zones/ningbo/rectifications');

    const row = (await screen.findAllByTestId('task-row'))[0];
    expect(within(row).getByTestId('task-assessment-link')).toHaveAttribute('href', '/zones/ningbo/assessments/5');
  });

  it('gives ministry no actions', async () => {
    server.use(
      signedInAs(ministry),
      http.get('/api/zones/ningbo/rectifications', () =>
        HttpResponse.json<RectificationPage>(page([aTask({ status: 'SUBMITTED' })])),
      ),
    );
    renderApp('/zones/ningbo/rectifications');

    const row = (await screen.findAllByTestId('task-row'))[0];
    expect(within(row).getByTestId('task-assessment-link')).toHaveAttribute('href', '/zones/ningbo/assessments/5');
    expect(screen.queryByTestId('task-verify')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-reassign')).not.toBeInTheDocument();
  });
});

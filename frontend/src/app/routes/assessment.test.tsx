import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { anAssessment, anItem, threeItems } from '@/testing/compliance-data';
import { ningboAdmin, ningboEnterprise } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { AnswerForm, Assessment } from '@/types/api';

const ASSESSMENT = '/api/zones/ningbo/assessments/5';

function serve(assessment: Assessment) {
  server.use(http.get(ASSESSMENT, () => HttpResponse.json(assessment)));
}

// antd forms typed into in jsdom are slow on a busy 2-core machine.
describe('the self-assessment form', { timeout: 45_000 }, () => {
  it('saves only the items the user changed', async () => {
    server.use(signedInAs(ningboEnterprise));
    serve(anAssessment());
    let saved: AnswerForm[] | undefined;
    server.use(
      http.put(`${ASSESSMENT}/answers`, async ({ request }) => {
        saved = ((await request.json()) as { answers: AnswerForm[] }).answers;
        const items = threeItems().map((item) => (item.code === 'CUS-01' ? { ...item, answer: 'NOT_COMPLIANT' as const } : item));
        return HttpResponse.json(anAssessment({ items, missing: [{ code: 'TAX-01', reason: 'UNANSWERED' }] }));
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    const item = await screen.findByTestId('item-CUS-01');
    expect(within(item).getByText('需提供证明材料')).toBeInTheDocument();
    expect(within(item).getByText('权重 10')).toBeInTheDocument();
    expect(screen.getByTestId('area-tab-CUSTOMS')).toHaveTextContent('海关监管');
    expect(screen.getByTestId('area-tab-CUSTOMS')).toHaveTextContent('1/2');
    await userEvent.click(within(item).getByRole('radio', { name: '不符合' }));
    expect(screen.getByTestId('area-tab-CUSTOMS')).toHaveTextContent('2/2');
    expect(screen.getByText('已答 2 / 3')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('save-draft'));

    expect(await screen.findByText('已保存 1 项')).toBeInTheDocument();
    expect(saved).toEqual([{ code: 'CUS-01', answer: 'NOT_COMPLIANT' }]);
    expect(screen.queryByText('有未保存的修改')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    server.use(signedInAs(ningboEnterprise));
    serve(anAssessment());
    renderApp('/zones/ningbo/assessments/5');

    const item = await screen.findByTestId('item-CUS-01');
    await userEvent.click(within(item).getByRole('radio', { name: '符合' }));
    expect(screen.getByText('有未保存的修改')).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('menu')).getByRole('link', { name: '我的账号' }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('离开此页？');
    await userEvent.click(within(dialog).getByRole('button', { name: /留\s*下/ }));
    expect(screen.getByTestId('assessment-form')).toBeInTheDocument();
  });

  it('lists what blocks submitting, by item and reason, after the server refuses it', async () => {
    server.use(signedInAs(ningboEnterprise));
    const items = threeItems().map((item) =>
      item.code === 'CUS-01' ? { ...item, answer: 'COMPLIANT' as const } : item,
    );
    const missing = [
      { code: 'CUS-01', reason: 'EVIDENCE' as const },
      { code: 'TAX-01', reason: 'UNANSWERED' as const },
    ];
    serve(anAssessment({ items, missing }));
    let submits = 0;
    server.use(
      http.post(`${ASSESSMENT}/submit`, ({ request }) => {
        submits++;
        return problem(request, 'validation-failed', {
          errors: [
            { field: 'items[CUS-01]', code: 'assessment.item-needs-evidence' },
            { field: 'items[TAX-01]', code: 'assessment.item-unanswered' },
          ],
        });
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    await userEvent.click(await screen.findByTestId('submit-assessment'));

    const list = await screen.findByTestId('missing-list');
    expect(list).toHaveTextContent('还有 2 项未完成，暂不能提交');
    const rows = within(list).getAllByTestId('missing-item');
    expect(rows.map((row) => row.dataset.code)).toEqual(['CUS-01', 'TAX-01']);
    expect(rows[0]).toHaveTextContent('持有有效的海关进出口货物收发货人备案');
    expect(rows[0]).toHaveTextContent('需上传证明材料');
    expect(rows[1]).toHaveTextContent('尚未作答');
    expect(submits).toBe(1);
    // The reason is shown on the item too, and "go to" opens the item's area.
    expect(within(screen.getByTestId('item-CUS-01')).getByTestId('item-problem')).toHaveTextContent('需上传证明材料');
    await userEvent.click(within(rows[1]).getByRole('button', { name: '定位' }));
    expect(await screen.findByTestId('item-TAX-01')).toBeVisible();
    expect(within(screen.getByTestId('item-TAX-01')).getByTestId('item-problem')).toHaveTextContent('尚未作答');
  });

  it('shows the zone’s comments prominently when it returned the assessment', async () => {
    server.use(signedInAs(ningboEnterprise));
    const items = threeItems().map((item) =>
      item.code === 'CUS-04' ? { ...item, reviewComment: '请补充订单截图' } : item,
    );
    serve(
      anAssessment({
        status: 'RETURNED',
        items,
        history: [
          ...anAssessment().history,
          { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actor: 'ningbo-enterprise', actorName: '陈企', at: '2026-02-02T01:00:00Z', comment: null },
          { fromStatus: 'SUBMITTED', toStatus: 'RETURNED', actor: 'ningbo-admin', actorName: '李宁', at: '2026-02-03T01:00:00Z', comment: '两项需补充' },
        ],
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    expect(await screen.findByTestId('returned-comment')).toHaveTextContent('两项需补充');
    expect(within(screen.getByTestId('item-CUS-04')).getByTestId('item-review-comment')).toHaveTextContent('请补充订单截图');
    expect(screen.getByTestId('assessment-history')).toHaveTextContent('待审核 → 已退回');
  });

  it('is read-only once submitted', async () => {
    server.use(signedInAs(ningboEnterprise));
    serve(anAssessment({ status: 'SUBMITTED', items: [anItem({ answer: 'COMPLIANT' })], missing: [] }));
    renderApp('/zones/ningbo/assessments/5');

    const view = await screen.findByTestId('assessment-view');
    expect(view).toHaveAttribute('data-status', 'SUBMITTED');
    expect(within(view).queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByTestId('submit-assessment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('return-assessment')).not.toBeInTheDocument();
    expect(screen.getByTestId('item-answer')).toHaveTextContent('符合');
  });

  it('shows an approved assessment’s score, level, formula and tasks', async () => {
    server.use(signedInAs(ningboEnterprise));
    serve(
      anAssessment({
        status: 'APPROVED',
        score: 78.5,
        level: 'B',
        missing: [],
        rectifications: [
          {
            id: 9, enterpriseId: 1, enterpriseName: '宁波海曙跨境电商有限公司', assessmentId: 5, itemCode: 'TAX-01',
            titleZh: '依法办理税务登记并按期申报', titleEn: 'Tax', answer: 'NOT_COMPLIANT', owner: '王伟',
            dueDate: '2026-03-01', status: 'OPEN', overdue: true, fixNote: null, zoneComment: null,
            createdAt: '2026-02-03T01:00:00Z', submittedAt: null, verifiedBy: null, verifiedAt: null, version: 0, evidence: [],
          },
        ],
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    const result = await screen.findByTestId('assessment-result');
    expect(within(result).getByTestId('result-level')).toHaveTextContent('B');
    expect(result).toHaveTextContent('78.5');
    expect(screen.getByTestId('result-formula')).toHaveTextContent(
      '得分 = 100 × Σ(权重 × 得分系数) ÷ Σ(适用项权重)；符合计1、部分符合计0.5、不符合计0',
    );
    expect(screen.getByTestId('result-formula')).toHaveTextContent('A ≥ 90，B ≥ 75，C ≥ 60，其余为D');
    const tasks = screen.getByTestId('assessment-tasks');
    expect(tasks).toHaveTextContent('依法办理税务登记并按期申报');
    expect(within(tasks).getByTestId('task-overdue')).toHaveTextContent('已逾期');
    // Already on the assessment the tasks came from: no link back to it.
    expect(within(tasks).queryByTestId('task-assessment-link')).not.toBeInTheDocument();
  });
});

describe('the review page', { timeout: 45_000 }, () => {
  it('requires a comment before returning the assessment', async () => {
    server.use(signedInAs(ningboAdmin));
    serve(anAssessment({ status: 'SUBMITTED', missing: [], items: [anItem({ answer: 'COMPLIANT' })] }));
    let returned: unknown;
    server.use(
      http.post(`${ASSESSMENT}/return`, async ({ request }) => {
        returned = await request.json();
        return HttpResponse.json(anAssessment({ status: 'RETURNED', version: 3 }));
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    await userEvent.click(await screen.findByTestId('return-assessment'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /退回修改/ }));
    expect(await within(dialog).findByText('请填写退回说明，告诉企业需要修改什么')).toBeInTheDocument();
    expect(returned).toBeUndefined();

    await userEvent.type(within(dialog).getByTestId('return-comment'), '请补充海关备案回执');
    await userEvent.click(within(dialog).getByRole('button', { name: /退回修改/ }));

    expect(await screen.findByText('已退回企业修改')).toBeInTheDocument();
    expect(returned).toEqual({ comment: '请补充海关备案回执', version: 2 });
  });

  it('saves a review comment on one item', async () => {
    server.use(signedInAs(ningboAdmin));
    serve(anAssessment({ status: 'SUBMITTED', missing: [], items: [anItem({ answer: 'COMPLIANT' })] }));
    let body: unknown;
    server.use(
      http.put(`${ASSESSMENT}/items/CUS-01/review-comment`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          anAssessment({ status: 'SUBMITTED', missing: [], items: [anItem({ answer: 'COMPLIANT', reviewComment: '回执已过期' })] }),
        );
      }),
    );
    renderApp('/zones/ningbo/assessments/5');

    const item = await screen.findByTestId('item-CUS-01');
    await userEvent.type(within(item).getByTestId('review-comment-input'), '回执已过期');
    await userEvent.click(within(item).getByTestId('save-review-comment'));

    expect(await screen.findByText('意见已保存')).toBeInTheDocument();
    expect(body).toEqual({ comment: '回执已过期' });
  });

  it('shows the server’s reason and reloads when the assessment changed meanwhile', async () => {
    server.use(signedInAs(ningboAdmin));
    let loads = 0;
    server.use(
      http.get(ASSESSMENT, () => {
        loads++;
        return HttpResponse.json(anAssessment({ status: 'SUBMITTED', missing: [] }));
      }),
      http.post(`${ASSESSMENT}/approve`, ({ request }) => problem(request, 'stale-version')),
    );
    renderApp('/zones/ningbo/assessments/5');

    await userEvent.click(await screen.findByTestId('approve-assessment'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /通\s*过/ }));

    expect(await screen.findByText('此记录已被他人修改，请刷新后重试。')).toBeInTheDocument();
    await vi.waitFor(() => expect(loads).toBeGreaterThan(1));
  });

  it('gives ministry no review buttons', async () => {
    serve(anAssessment({ status: 'SUBMITTED', missing: [] }));
    renderApp('/zones/ningbo/assessments/5');

    expect(await screen.findByTestId('assessment-view')).toBeInTheDocument();
    expect(screen.queryByTestId('return-assessment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('approve-assessment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('review-comment-input')).not.toBeInTheDocument();
  });
});

// Journey 4: an enterprise answers its self-assessment (with a PDF where evidence is required) and submits; the
// zone administrator comments on an item and returns it; the enterprise changes that answer and resubmits; the zone
// approves; both see the score, the level and the rectification task the not-compliant answer became; the enterprise
// submits its fix with a file and the zone verifies it.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
// The demo enterprise user may have an assessment in progress left by other tests, so the journey makes its own
// enterprise and user (timestamped) through the REST API with the zone administrator's token, which keeps it fast.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, creditCode, launchBrowser, screenshot, signIn, signInFirstTime } from './support.mjs';

/** A minimal valid one-page PDF (header, three objects, cross-reference table, trailer). */
function minimalPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const PDF = minimalPdf();

/** Signs in and returns the bearer token the app sends with its first API call. */
async function signInForToken(page, username, password) {
  const authorized = page.waitForRequest((request) => request.url().includes('/api/me') && Boolean(request.headers().authorization));
  await page.goto(BASE_URL);
  await signIn(page, username, password);
  return (await authorized).headers().authorization;
}

/** Calls the API as the signed-in zone administrator (the browser's own request context, same origin). */
async function callApi(page, authorization, method, path, data) {
  const response = await page.request.fetch(new URL(path, BASE_URL).href, {
    method,
    headers: { Authorization: authorization, Accept: 'application/json' },
    data,
  });
  const text = await response.text();
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${text}`);
  return JSON.parse(text);
}

/** Clicks an antd radio by its value inside an item card. */
async function answer(card, value) {
  await card.locator(`label.ant-radio-wrapper:has(input[value="${value}"])`).click();
}

test('an enterprise self-assesses, the zone returns it with comments, approves it, and verifies the fix', { timeout: 240_000 }, async () => {
  const stamp = Date.now();
  const name = `E2E自评企业${stamp}`;
  const email = `e2e-assess-${stamp}@example.com`;
  const newPassword = `E2e-${stamp}-Pw`;
  const returnComment = `请修改部分符合项的说明 ${stamp}`;
  const itemComment = `证明材料不足 ${stamp}`;

  const browser = await launchBrowser();
  const zone = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const enterpriseContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const company = await enterpriseContext.newPage();
  for (const page of [zone, company]) page.setDefaultTimeout(TIMEOUT_MS);
  try {
    // 1. The zone administrator signs in; with its token, a fresh enterprise and an invited user are made.
    const authorization = await signInForToken(zone, 'ningbo-admin', 'demo');
    await zone.locator('[data-testid="zone-home"]').waitFor();
    const enterprise = await callApi(zone, authorization, 'POST', 'api/zones/ningbo/enterprises', {
      creditCode: creditCode(stamp * 7 + 5),
      nameZh: name,
      kinds: ['SELLER'],
      contactName: '自评联系人',
    });
    const invited = await callApi(zone, authorization, 'POST', `api/zones/ningbo/enterprises/${enterprise.id}/users`, {
      email,
      firstName: '评',
      lastName: '自',
    });

    // 2. The enterprise user signs in for the first time and opens 合规自评.
    await company.goto(BASE_URL);
    await signInFirstTime(company, invited.account.username, invited.temporaryPassword, newPassword);
    await company.locator('[data-testid="enterprise-name"]', { hasText: name }).waitFor();
    await company.getByRole('menu').getByRole('link', { name: '合规自评' }).click();
    await company.getByTestId('start-assessment').click();
    const form = company.getByTestId('assessment-form');
    await form.waitFor();
    const assessmentUrl = company.url();
    assert.match(assessmentUrl, /\/zones\/ningbo\/assessments\/\d+$/);

    // 3. Answers every item, area by area: the first not compliant, the second partly, the rest compliant; a PDF
    //    wherever evidence is required and the answer claims (some) compliance.
    const tabs = company.locator('[data-testid^="area-tab-"]');
    const areaCount = await tabs.count();
    assert.ok(areaCount > 0, 'the form shows the compliance areas');
    let index = 0;
    let partly;
    for (let a = 0; a < areaCount; a++) {
      const tab = tabs.nth(a);
      await tab.click();
      const pane = company.locator('.ant-tabs-tabpane-active');
      const cards = pane.locator('[data-testid^="item-"][data-code]');
      await cards.first().waitFor();
      const count = await cards.count();
      for (let i = 0; i < count; i++, index++) {
        const card = cards.nth(i);
        const code = await card.getAttribute('data-code');
        const value = index === 0 ? 'NOT_COMPLIANT' : index === 1 ? 'PARTLY' : 'COMPLIANT';
        await answer(card, value);
        if (value === 'NOT_COMPLIANT') await card.getByTestId('answer-comment').fill('尚未取得，正在办理');
        if (value === 'PARTLY') {
          await card.getByTestId('answer-comment').fill('部分完成');
          partly = { code, tab: await tab.getAttribute('data-testid') };
        }
        if (value !== 'NOT_COMPLIANT' && (await card.getByTestId('evidence-required').count()) > 0) {
          await card.locator('input[type="file"]').setInputFiles({
            name: `${code}-证明.pdf`,
            mimeType: 'application/pdf',
            buffer: PDF,
          });
          await card.getByTestId('evidence-file').first().waitFor();
        }
      }
      assert.match(await tab.innerText(), new RegExp(`${count}/${count}`));
    }
    assert.ok(index >= 2 && partly, 'at least two items to answer');
    await form.getByText(`已答 ${index} / ${index}`).waitFor();
    await company.getByTestId('save-draft').click();
    await company.getByText(/已保存 \d+ 项/).waitFor();
    await screenshot(company, 'assessment-answered.png');

    // 4. Submits; the assessment becomes read-only.
    await company.getByTestId('submit-assessment').click();
    await company.locator('[data-testid="assessment-view"][data-status="SUBMITTED"]').waitFor();

    // 5. The zone administrator finds it in the review queue, comments on the partly item and returns it.
    await zone.getByRole('menu').getByRole('link', { name: '审核队列' }).click();
    const queued = zone.locator('[data-testid="assessment-row"]', { hasText: name });
    await queued.waitFor();
    assert.ok((await queued.getByTestId('waiting').innerText()).trim().length > 0, 'the waiting time is shown');
    await screenshot(zone, 'review-queue.png');
    await queued.getByRole('link', { name: '审核', exact: true }).click();
    const review = zone.locator('[data-testid="assessment-view"][data-status="SUBMITTED"]');
    await review.waitFor();
    await zone.getByTestId(partly.tab).click();
    const reviewed = zone.getByTestId(`item-${partly.code}`);
    await reviewed.getByTestId('review-comment-input').fill(itemComment);
    await reviewed.getByTestId('save-review-comment').click();
    await reviewed.getByTestId('item-review-comment').filter({ hasText: itemComment }).waitFor();
    await zone.getByTestId('return-assessment').click();
    await zone.getByTestId('return-comment').fill(returnComment);
    await zone.getByTestId('confirm-return').click();
    await zone.locator('[data-testid="assessment-view"][data-status="RETURNED"]').waitFor();
    await screenshot(zone, 'assessment-returned.png');

    // 6. The enterprise sees the comments, changes that answer and submits again.
    await company.goto(assessmentUrl);
    await company.getByTestId('returned-comment').filter({ hasText: returnComment }).waitFor();
    await company.getByTestId(partly.tab).click();
    const fixed = company.getByTestId(`item-${partly.code}`);
    await fixed.getByTestId('item-review-comment').filter({ hasText: itemComment }).waitFor();
    await screenshot(company, 'assessment-review-comment.png');
    await answer(fixed, 'COMPLIANT');
    await fixed.getByTestId('answer-comment').fill('已全部完成');
    await company.getByTestId('submit-assessment').click();
    await company.locator('[data-testid="assessment-view"][data-status="SUBMITTED"]').waitFor();

    // 7. The zone approves it (due date defaults to 30 days) and sees the score, level and tasks.
    await zone.reload();
    await zone.locator('[data-testid="assessment-view"][data-status="SUBMITTED"]').waitFor();
    await zone.getByTestId('approve-assessment').click();
    await zone.getByTestId('approve-due-date').waitFor();
    await zone.getByTestId('confirm-approve').click();
    await zone.locator('[data-testid="assessment-view"][data-status="APPROVED"]').waitFor();
    const zoneLevel = (await zone.getByTestId('result-level').innerText()).trim();
    assert.match(zoneLevel, /^[ABCD]$/);
    await zone.locator('[data-testid="assessment-tasks"] [data-testid="task-row"]').first().waitFor();
    await screenshot(zone, 'assessment-approved-zone.png');

    // 8. The enterprise sees the result: score, level, the formula, the one not-compliant item as a task, the history.
    await company.reload();
    await company.locator('[data-testid="assessment-view"][data-status="APPROVED"]').waitFor();
    const score = Number((await company.getByTestId('result-score').locator('.ant-statistic-content-value').innerText()).trim());
    assert.ok(score > 0 && score < 100, `a score below 100 (one item not compliant): ${score}`);
    assert.equal((await company.getByTestId('result-level').innerText()).trim(), zoneLevel);
    await company.getByTestId('result-formula').filter({ hasText: '不适用' }).waitFor();
    const tasks = company.locator('[data-testid="assessment-tasks"] [data-testid="task-row"]');
    assert.equal(await tasks.count(), 1);
    assert.equal(await tasks.first().getAttribute('data-status'), 'OPEN');
    assert.equal(await company.locator('[data-testid="history-step"]').count(), 5);
    await screenshot(company, 'assessment-result.png');

    // 9. Its rectification page lists the task; it uploads proof of the fix and submits it.
    await company.getByRole('menu').getByRole('link', { name: '整改任务' }).click();
    const openTask = company.locator('[data-testid="rectifications-table"] [data-testid="task-row"][data-status="OPEN"]');
    await openTask.waitFor();
    assert.equal(await openTask.count(), 1);
    await screenshot(company, 'rectifications-enterprise.png');
    await openTask.getByTestId('task-submit').click();
    const fix = company.getByTestId('task-step-modal');
    await fix.locator('input[type="file"]').setInputFiles({ name: '整改证明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await fix.getByTestId('evidence-file').waitFor();
    await fix.getByTestId('task-note').fill('已完成海关备案');
    await company.getByTestId('confirm-task-step').click();
    await company.locator('[data-testid="rectifications-table"] [data-testid="task-row"][data-status="SUBMITTED"]').waitFor();

    // 10. The zone finds the submitted fix and verifies it.
    await zone.getByRole('menu').getByRole('link', { name: '整改任务' }).click();
    await zone.locator('[data-testid="rectifications"] .ant-select:has(input[aria-label="状态"])').click();
    await zone.locator('.ant-select-dropdown .ant-select-item-option', { hasText: '待验收' }).click();
    const submittedTask = zone.locator('[data-testid="task-row"][data-status="SUBMITTED"]', { hasText: name });
    await submittedTask.waitFor();
    await submittedTask.getByTestId('task-verify').click();
    await zone.getByTestId('task-step-modal').getByTestId('evidence-file').waitFor();
    await zone.getByTestId('confirm-task-step').click();
    await zone.locator('.ant-message', { hasText: '已验收' }).waitFor();
    await submittedTask.waitFor({ state: 'detached' });
    await screenshot(zone, 'rectification-verified.png');
  } catch (error) {
    await screenshot(zone, 'assessment-review-failure-zone.png').catch(() => {});
    await screenshot(company, 'assessment-review-failure-enterprise.png').catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
});

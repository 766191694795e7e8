// Journey 6: ministry launches a two-measure special action to ningbo and hangzhou; ningbo's administrator reports
// one measure done with a PDF (the other in progress); ministry sees the matrix cell turn done and returns the other
// report with a comment; ningbo answers it with a new report.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, launchBrowser, screenshot, signIn } from './support.mjs';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

async function signInForToken(page, username) {
  const authorized = page.waitForRequest((request) => request.url().includes('/api/me') && Boolean(request.headers().authorization));
  await page.goto(BASE_URL);
  await signIn(page, username, 'demo');
  return (await authorized).headers().authorization;
}

async function callApi(page, authorization, method, path, data) {
  const response = await page.request.fetch(new URL(path, BASE_URL).href, {
    method,
    headers: { Authorization: authorization, Accept: 'application/json' },
    data,
  });
  const text = await response.text();
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Picks an option of an antd Select (by its field id) by its visible text. */
async function choose(page, id, text) {
  await page.locator(`.ant-select:has(#${id}) .ant-select-selector`).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${text}"]`).click();
}

test('ministry launches an action, ningbo reports, ministry reads the matrix and returns a report, ningbo answers', { timeout: 240_000 }, async () => {
  const stamp = Date.now();
  const name = `E2E专项行动${stamp}`;
  const comment = `请补充落地企业名单 ${stamp}`;
  const browser = await launchBrowser();
  const ministry = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const zoneContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const ningbo = await zoneContext.newPage();
  for (const page of [ministry, ningbo]) page.setDefaultTimeout(TIMEOUT_MS);
  try {
    // 1. Ministry writes the action with two measures for ningbo and hangzhou, and launches it.
    const ministryToken = await signInForToken(ministry, 'ministry');
    await ministry.goto(new URL('national/actions', BASE_URL).href);
    await ministry.locator('[data-testid="new-action"]').click();
    const editor = ministry.locator('[data-testid="action-editor"]');
    await editor.locator('#nameZh').fill(name);
    await editor.locator('#nameEn').fill(`E2E action ${stamp}`);
    await editor.locator('label:has-text("指定试验区")').click();
    await ministry.locator('[data-testid="action-zones"]').fill('ningbo, hangzhou');
    await editor.locator('#measures_0_titleZh').fill('推动“丝路海运”与中欧班列联动');
    await editor.locator('#measures_0_titleEn').fill('Link Silk Road Maritime with the China–Europe Railway Express');
    await ministry.locator('[data-testid="add-measure"]').click();
    await editor.locator('#measures_1_titleZh').fill('出口报关单AI智能审核');
    await editor.locator('#measures_1_titleEn').fill('AI review of export declarations');
    await ministry.locator('.ant-modal-footer button.ant-btn-primary').click();
    await ministry.locator(`a:has-text("${name}")`).waitFor();
    const actions = await callApi(ministry, ministryToken, 'GET', 'api/national/actions');
    const action = actions.find((candidate) => candidate.nameZh === name);
    assert.ok(action, 'the action was saved');
    assert.equal(action.keyTasks[0].measures.length, 2);
    await ministry.locator(`[data-testid="launch-${action.id}"]`).click();
    await ministry.locator(`tr:has-text("${name}") >> text=进行中`).waitFor();
    await screenshot(ministry, 'action-1-launched.png');

    // 2. Ningbo's administrator finds it among its actions and reports measure 1 done, with a PDF.
    const ningboToken = await signInForToken(ningbo, 'ningbo-admin');
    await ningbo.goto(new URL('zones/ningbo/actions', BASE_URL).href);
    await ningbo.locator(`[data-testid="zone-action-${action.id}"]`).click();
    await ningbo.locator('[data-testid="assignment-1"]').click();
    await ningbo.locator('[data-testid="report-form"]').waitFor();
    await choose(ningbo, 'status', '已完成');
    const today = new Date().toISOString().slice(0, 10);
    // the picker's own "today" button: Enter in the date field would also submit the form (a save of its own)
    await ningbo.locator('#completedOn').click();
    await ningbo.locator('.ant-picker-dropdown:visible .ant-picker-now-btn').click();
    await ningbo.locator('[data-testid="report-note"]').fill('已与中欧班列平台完成数据对接');
    await ningbo.locator('[data-testid="save-draft"]').click();
    await ningbo.locator('[data-testid="upload-evidence"]:not([disabled])').waitFor();
    await ningbo.locator('[data-testid="report-form"] input[type="file"]').setInputFiles({
      name: '进展说明.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await ningbo.locator('[data-testid="draft-evidence"] >> text=进展说明.pdf').waitFor();
    await ningbo.locator('[data-testid="submit-report"]').click();
    await ningbo.locator('[data-testid="assignment-page"] >> [data-testid="measure-status-DONE"]').first().waitFor();
    await screenshot(ningbo, 'action-2-reported.png');
    // measure 2 in progress (through the API: the same form as above)
    const mine = await callApi(ningbo, ningboToken, 'GET', `api/zones/ningbo/actions/${action.id}`);
    const second = mine.assignments.find((assignment) => assignment.measureNumber === '2');
    const period = mine.action.reportingDates.find((date) => date >= today) ?? mine.action.reportingDates.at(-1);
    const drafted = await callApi(ningbo, ningboToken, 'PUT', `api/zones/ningbo/action-assignments/${second.id}/draft`, {
      period,
      status: 'IN_PROGRESS',
      progressNote: '智能体已上线试运行',
    });
    await callApi(ningbo, ningboToken, 'POST', `api/zones/ningbo/action-assignments/${second.id}/draft/submit`, {
      version: drafted.draft.version,
    });

    // 3. Ministry sees ningbo's cell of measure 1 done, and returns the report on measure 2 with a comment.
    await ministry.goto(new URL(`national/actions/${action.id}`, BASE_URL).href);
    await ministry.locator('[data-testid="cell-ningbo-1"][data-status="DONE"]').waitFor();
    await ministry.locator('[data-testid="cell-hangzhou-1"][data-status="NOT_STARTED"]').waitFor();
    await screenshot(ministry, 'action-3-matrix.png');
    await ministry.locator('[data-testid="cell-ningbo-2"]').click();
    await ministry.locator('[data-testid="return-report"]').click();
    await ministry.locator('[data-testid="return-comment"]').fill(comment);
    await ministry.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
    await ministry.locator(`[data-testid="return-comment-shown"]:has-text("${comment}")`).waitFor();

    // 4. Ningbo sees the return in its inbox and answers with a new report.
    await ningbo.goto(new URL('zones/ningbo/actions', BASE_URL).href);
    await ningbo.locator('[data-testid="inbox-action.returned"]').first().waitFor();
    await ningbo.goto(new URL(`zones/ningbo/action-assignments/${second.id}`, BASE_URL).href);
    await ningbo.locator(`[data-testid="return-comment-shown"]:has-text("${comment}")`).waitFor();
    await ningbo.locator('[data-testid="report-note"]').fill(`已补充落地企业名单（12家）${stamp}`);
    await ningbo.locator('[data-testid="save-draft"]').click();
    await ningbo.locator('[data-testid="submit-report"]:not([disabled])').waitFor();
    await ningbo.locator('[data-testid="submit-report"]').click();
    await ningbo.locator(`text=已补充落地企业名单（12家）${stamp}`).first().waitFor();
    const answered = await callApi(ningbo, ningboToken, 'GET', `api/zones/ningbo/action-assignments/${second.id}`);
    assert.equal(answered.reports.length, 2);
    assert.equal(answered.reports[1].state, 'RETURNED');
    assert.equal(answered.assignment.returned, false);
    await screenshot(ningbo, 'action-4-answered.png');
  } finally {
    await browser.close();
  }
});

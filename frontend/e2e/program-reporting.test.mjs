// Journey 5: the zone administrator creates an industrial-belt program with two KPIs and their targets, activates
// it and enrols the demo enterprise; the enterprise reports the month that just ended through its monthly form;
// the zone sees the figure in the progress chart and the month's completeness count move from 0 to 1.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, launchBrowser, screenshot, signIn } from './support.mjs';

/** YYYY-MM of the month `offset` months from the current one, on the zones' calendar (Asia/Shanghai). */
function month(offset) {
  const [year, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  const index = year * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The input of an antd field whose test id sits on the input or on a wrapper around it. */
function inputOf(page, testId) {
  return page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input').first();
}

/** Picks an option of the KPI select in a KPI row of the program form. */
async function pick(page, rowTestId, optionText) {
  await page.locator(`[data-testid="${rowTestId}"] .ant-select`).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
}

test('a zone runs a program, the enterprise reports a month, the zone sees it in the progress', { timeout: 240_000 }, async () => {
  const stamp = Date.now();
  const name = `E2E小家电产业带${stamp}`;
  const lastMonth = month(-1);
  const browser = await launchBrowser();
  const zone = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const enterpriseContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const company = await enterpriseContext.newPage();
  for (const page of [zone, company]) page.setDefaultTimeout(TIMEOUT_MS);
  try {
    // 1. The zone creates the program: two KPIs with targets, a window long enough for whatever day this runs.
    await zone.goto(new URL('zones/ningbo/programs', BASE_URL).href);
    await signIn(zone, 'ningbo-admin', 'demo');
    await zone.getByTestId('create-program').click();
    await inputOf(zone, 'program-name').fill(name);
    await inputOf(zone, 'program-industry').fill('小家电');
    await inputOf(zone, 'program-lead-unit').fill('宁波市商务局');
    await inputOf(zone, 'program-window').fill('31');
    await zone.getByTestId('add-kpi').click();
    await pick(zone, 'kpi-row-0', '跨境电商出口额');
    await inputOf(zone, 'kpi-target-0').fill('50000000');
    await zone.getByTestId('add-kpi').click();
    await pick(zone, 'kpi-row-1', '海外仓数量');
    await inputOf(zone, 'kpi-target-1').fill('12');
    // the months last: Enter in the picker confirms a typed month (and may submit the form, which is complete now)
    const range = zone.locator('.ant-modal .ant-picker-range input');
    await range.first().click();
    await range.first().fill(month(-6));
    await range.first().press('Enter');
    await range.last().fill(month(6));
    await range.last().press('Enter');
    await zone
      .getByTestId('program-view')
      .waitFor({ timeout: 5_000 })
      .catch(() => zone.getByTestId('program-submit').click());

    // 2. It activates the program and enrols the demo enterprise (id 1 of ningbo).
    await zone.getByTestId('program-view').waitFor();
    const programUrl = zone.url();
    assert.match(programUrl, /\/zones\/ningbo\/programs\/\d+$/);
    await zone.getByTestId('activate-program').click();
    await zone.getByTestId('program-status').filter({ hasText: '实施中' }).waitFor();
    await zone.getByRole('tab', { name: '参与企业' }).click();
    await inputOf(zone, 'enrol-ids').fill('1');
    await zone.getByTestId('enrol-submit').click();
    await zone.getByTestId('enrol-result').filter({ hasText: '新加入 1 家' }).waitFor();
    await zone.getByRole('tab', { name: '月度填报' }).click();
    await zone.getByTestId(`received-${lastMonth}`).filter({ hasText: '0' }).waitFor();
    await screenshot(zone, 'program-zone-before.png');

    // 3. The enterprise opens the program and reports the month that just ended.
    await company.goto(programUrl);
    await signIn(company, 'ningbo-enterprise', 'demo');
    const form = company.getByTestId('monthly-form');
    await form.waitFor();
    await form.getByText(`${lastMonth} 月度数据填报`).waitFor();
    await inputOf(company, 'report-EXPORT_VALUE').fill('1250000');
    await inputOf(company, 'report-OVERSEAS_WAREHOUSES').fill('2');
    await company.getByTestId('report-submit').click();
    await company.getByTestId('report-done').waitFor();
    await screenshot(company, 'program-enterprise-report.png');

    // 4. The zone sees the month's completeness move and the figure in the progress chart.
    await zone.reload();
    await zone.getByTestId('program-view').waitFor();
    await zone.getByRole('tab', { name: '月度填报' }).click();
    await zone.getByTestId(`received-${lastMonth}`).filter({ hasText: '1' }).waitFor();
    await zone.getByRole('tab', { name: '进度' }).click();
    const chart = zone.getByTestId('chart-actual-vs-plan');
    await chart.locator('svg').waitFor();
    assert.match((await chart.getAttribute('aria-label')) ?? '', new RegExp(`${lastMonth} 125 万元`));
    const completeness = zone.getByTestId('chart-completeness');
    assert.match((await completeness.getAttribute('aria-label')) ?? '', new RegExp(`${lastMonth} 1/1`));
    await zone.getByTestId('progress-EXPORT_VALUE').filter({ hasText: '125 万元' }).waitFor();
    await screenshot(zone, 'program-zone-progress.png');
  } finally {
    await browser.close();
  }
});

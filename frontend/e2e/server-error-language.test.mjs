// A server-side validation error reads in the UI's language: a zone administrator adds an enterprise whose credit
// code is already registered in the zone (only the server knows), sees the refusal on the field in Chinese, switches
// the UI to English and sees the same refusal in English.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
// It registers nothing: both attempts are refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, checkCharacter, launchBrowser, screenshot, signIn } from './support.mjs';

const CREDIT_CODE = /\b[0-9A-HJ-NPQRTUWXY]{18}\b/;

test('a server validation error is shown in Chinese, and in English once the UI is switched', { timeout: 180_000 }, async () => {
  const stamp = Date.now();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(TIMEOUT_MS);

  /** Opens the new-enterprise form, fills it with the taken code and sends it; answers the server's response. */
  async function addEnterprise(code, { create, seller }) {
    await page.getByTestId('create-enterprise').click();
    const modal = page.locator('.ant-modal', { has: page.locator('#creditCode') });
    await modal.locator('#creditCode').fill(code);
    await modal.locator('#nameZh').fill(`E2E重复代码企业${stamp}`);
    await modal.getByRole('checkbox', { name: seller }).check();
    const answer = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /\/api\/zones\/ningbo\/enterprises$/.test(response.url()),
    );
    await modal.getByRole('button', { name: create }).click();
    return { modal, response: await answer };
  }

  /** The error antd shows under the credit-code field, once there is one. */
  async function creditCodeError(modal) {
    const error = modal.locator('.ant-form-item', { has: page.locator('#creditCode') }).locator('.ant-form-item-explain-error');
    await error.first().waitFor();
    return (await error.allInnerTexts()).join('\n');
  }

  try {
    // 1. The zone administrator signs in; the UI starts in Chinese.
    await page.goto(BASE_URL);
    await signIn(page, 'ningbo-admin', 'demo');
    await page.locator('[data-testid="zone-home"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

    // 2. Picks a credit code the registry already holds (a valid one, so the only fault is that it is taken).
    await page.getByRole('menu').getByRole('link', { name: '企业名录' }).click();
    const rows = page.locator('[data-testid="enterprises-table"] .ant-table-row');
    await rows.first().waitFor();
    let taken;
    for (const text of await rows.allInnerTexts()) {
      const code = CREDIT_CODE.exec(text)?.[0];
      if (code && checkCharacter(code.slice(0, 17)) === code[17]) {
        taken = code;
        break;
      }
    }
    assert.ok(taken, 'the registry lists an enterprise with a valid credit code');

    // 3. Adding another enterprise with it: the server refuses, and the form says why in Chinese.
    const zh = await addEnterprise(taken, { create: /创\s*建/, seller: '卖家' });
    assert.equal(zh.response.status(), 409);
    assert.equal(zh.response.request().headers()['accept-language'], 'zh-CN');
    assert.equal(await creditCodeError(zh.modal), '已在本综试区登记');
    await screenshot(page, 'server-error-zh.png');
    await zh.modal.getByRole('button', { name: /取\s*消/ }).click();
    await zh.modal.waitFor({ state: 'hidden' });

    // 4. Switched to English, the same attempt is refused in English.
    await page.locator('header .ant-segmented-item', { hasText: 'English' }).click();
    await page.getByRole('menu').getByRole('link', { name: 'Enterprises' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const en = await addEnterprise(taken, { create: 'Create', seller: 'Seller' });
    assert.equal(en.response.status(), 409);
    assert.equal(await creditCodeError(en.modal), 'is already registered in this zone');
    assert.ok(!(await en.modal.innerText()).includes('已在本综试区登记'), 'no Chinese refusal left in the English form');
    await screenshot(page, 'server-error-en.png');
  } catch (error) {
    await screenshot(page, 'server-error-language-failure.png').catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
});

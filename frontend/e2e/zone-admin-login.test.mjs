// A zone administrator signs in through the real Keycloak login page and lands on their zone's home.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, launchBrowser, screenshot, signIn } from './support.mjs';

test('a zone administrator signs in and sees their zone home', { timeout: 120_000 }, async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(TIMEOUT_MS);

    await page.goto(BASE_URL);
    await signIn(page, 'ningbo-admin', 'demo');

    await page.locator('[data-testid="zone-home"]', { hasText: '宁波' }).waitFor();
    await screenshot(page, 'zone-admin-home.png');
  } finally {
    await browser.close();
  }
});

// A zone administrator signs in through the real Keycloak login page and lands on their zone's home.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
import { test } from 'node:test';
import { BASE_URL, TIMEOUT_MS, launchBrowser, screenshot, signIn } from './support.mjs';

test('a zone administrator signs in, sees their zone home and its compliance dashboard', { timeout: 120_000 }, async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(TIMEOUT_MS);

    await page.goto(BASE_URL);
    await signIn(page, 'ningbo-admin', 'demo');

    await page.locator('[data-testid="zone-home"]', { hasText: '宁波' }).waitFor();
    await screenshot(page, 'zone-admin-home.png');

    // The demo data gives the dashboard something to draw: every chart renders as SVG in a real browser.
    await page.goto(new URL('zones/ningbo/compliance', BASE_URL).toString());
    await page.locator('[data-testid="compliance-dashboard"]').waitFor();
    for (const chart of ['chart-status', 'chart-level', 'chart-rectifications', 'chart-unmet']) {
      await page.locator(`[data-testid="${chart}-card"] svg`).waitFor();
      // axis lines come first and have no area; wait for the series' filled shapes
      await page.locator(`[data-testid="${chart}-card"] svg path[fill]:not([fill="none"])`).first().waitFor({ state: 'attached' });
    }
    await screenshot(page, 'zone-compliance-dashboard.png');
  } finally {
    await browser.close();
  }
});

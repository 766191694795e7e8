// A zone administrator signs in through the real Keycloak login page and lands on their zone's home.
// Needs a running backend (BASE_URL) and Keycloak; run with `node --test e2e/` (not part of Vitest).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:18080/';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT_DIR =
  process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../backend/target/e2e', import.meta.url));
const TIMEOUT_MS = 30_000;

test('a zone administrator signs in and sees their zone home', { timeout: 120_000 }, async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(TIMEOUT_MS);

    await page.goto(BASE_URL);
    // The app sends the browser to Keycloak's login form.
    await page.locator('#username').waitFor();
    assert.match(page.url(), /\/realms\/zonehub\/protocol\/openid-connect\/auth/);
    await page.fill('#username', 'ningbo-admin');
    await page.fill('#password', 'demo');
    await page.click('#kc-login');

    await page.locator('[data-testid="zone-home"]', { hasText: '宁波' }).waitFor();

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'zone-admin-home.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

// Shared by the browser journeys: where the app is, Debian's Chromium, Keycloak's login form, screenshots.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:18080/';
export const TIMEOUT_MS = 30_000;

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT_DIR =
  process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../backend/target/e2e', import.meta.url));

/** Debian's Chromium, headless; no background networking (this machine reaches no outside host). */
export function launchBrowser() {
  return chromium.launch({
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
}

/** Fills Keycloak's login form, which the app has sent the browser to. */
export async function signIn(page, username, password) {
  await page.locator('#username').waitFor();
  assert.match(page.url(), /\/realms\/zonehub\/protocol\/openid-connect\/auth/);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: true });
}

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

// GB 32100-2015: 18 characters from 31 symbols; the 18th is a check character over the first 17.
export const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  const value = 31 - (sum % 31);
  return ALPHABET[value === 31 ? 0 : value];
}

/** A valid code for a Ningbo (330206) company whose 9-character organization code encodes `serial`. */
export function creditCode(serial) {
  let organization = '';
  for (let i = 0, n = serial; i < 9; i++, n = Math.floor(n / 31)) organization = ALPHABET[n % 31] + organization;
  const first17 = `91330206${organization}`;
  return first17 + checkCharacter(first17);
}

/** The invited user's first sign-in: the temporary password, then the new one Keycloak asks for. */
export async function signInFirstTime(page, username, temporaryPassword, newPassword) {
  await signIn(page, username, temporaryPassword);
  await page.locator('#password-new').waitFor();
  await page.fill('#password-new', newPassword);
  await page.fill('#password-confirm', newPassword);
  await page.locator('#password-confirm').press('Enter');
}

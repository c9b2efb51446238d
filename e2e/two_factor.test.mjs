// Two-factor authentication (SEC-1…3) as a person lives it: they set up an authenticator
// app by reading the key from the page (the test computes the codes, RFC 6238), save
// their backup codes, sign in again with a code, then with a backup code, and finally
// approve a sign-in of a second browser from the one where they are signed in. Once on a
// desktop, once at 390×844.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible, assertFits, demoSuite } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('two-factor', { seedDemo: false });

/// RFC 4648 base32 (no padding) to bytes.
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/// RFC 6238: the 6-digit code of `secret` for the 30-second step `shift` steps from now.
function totp(secret, shift = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + shift;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

// The RFC's own vector, so a wrong implementation here fails loudly rather than the app.
{
  const seed = Buffer.from('12345678901234567890').toString('hex');
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(59 / 30)));
  const mac = createHmac('sha1', Buffer.from(seed, 'hex')).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  assert.equal(String((mac.readUInt32BE(offset) & 0x7fffffff) % 1e8).padStart(8, '0'), '94287082');
}

async function api(path, body) {
  const res = await fetch(`${suite.server.base}/api/${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function signUp(email) {
  const signUp = await api('auth/sign_up', { input: {
    email, password: PASSWORD, first_name: 'Tess', last_name: 'Factor', account_type: 'individual',
    organization_name: null, lang: 'en', country: 'CH', invitation: null,
  } });
  assert.equal(signUp.status, 200, JSON.stringify(signUp.json));
  const token = (await lastMailTo(suite.server.base, email)).link.split('token=')[1];
  const verified = await api('auth/verify_email', { token, password: PASSWORD });
  assert.equal(verified.status, 200, JSON.stringify(verified.json));
}

async function typePassword(page, email) {
  await page.goto(`${suite.server.base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut(page) {
  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await visible(page.getByRole('heading', { name: 'Sign in' }), 'sign-in page');
}

const home = (page) => visible(page.getByRole('heading', { name: /^Welcome, / }), 'home page');

for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`set up an authenticator app, sign in with a code and a backup code, approve another browser (${label})`, async () => {
    const email = `tess.${label}@example.ch`;
    await signUp(email);
    const context = await suite.browser.newContext({ viewport, locale: 'en-US', acceptDownloads: true });
    const other = await suite.browser.newContext({ viewport, locale: 'en-US' });
    const page = await context.newPage();
    const shot = (p, name) => p.screenshot({ path: join(artifacts, `two-factor-${label}-${name}.png`), fullPage: true });
    try {
      await typePassword(page, email);
      await home(page);

      // Security page: set up the app from the key shown as text.
      await page.getByRole('button', { name: /account menu/i }).click();
      await page.getByRole('menuitem', { name: 'Security' }).click();
      await visible(page.getByRole('heading', { name: 'Security', level: 1 }), 'security page');
      await visible(page.getByText('Two-factor authentication is off.'), '2FA off');
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await visible(page.getByRole('img', { name: 'QR code for your authenticator app' }), 'QR code');
      const secret = (await page.locator('[data-testid="totp-secret"]').textContent()).trim();
      assert.match(secret, /^[A-Z2-7]{32}$/);
      await page.locator('#totp-code').fill('000000');
      await page.getByRole('button', { name: 'Confirm' }).click();
      await visible(page.locator('#totp-code-error'), 'a wrong first code is named');
      await page.locator('#totp-code').fill(totp(secret));
      await page.getByRole('button', { name: 'Confirm' }).click();

      // The backup codes, once: downloaded and saved.
      await visible(page.getByText('Save these codes now'), 'backup codes shown');
      const codes = await page.locator('ol.backup-codes code').allTextContents();
      assert.equal(codes.length, 10);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the codes' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'orga-backup-codes.txt');
      await assertFits(page, 'security page with backup codes');
      await shot(page, '1-backup-codes');
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await visible(page.getByText('Two-factor authentication is on'), '2FA on');
      await visible(page.getByText('10 backup codes left.'), 'count of backup codes');
      await assertFits(page, 'security page');
      await shot(page, '2-security');

      // Sign in again: the password, then the app's code (the next step's: this one is used).
      await signOut(page);
      await typePassword(page, email);
      await visible(page.getByRole('heading', { name: 'Two-step verification' }), 'second step');
      await assertFits(page, 'second step');
      await shot(page, '3-second-step');
      await page.getByLabel('Code').fill(totp(secret, 1));
      await page.getByRole('button', { name: 'Verify' }).click();
      await home(page);

      // And with a backup code, through "use another method".
      await signOut(page);
      await typePassword(page, email);
      await visible(page.getByRole('heading', { name: 'Two-step verification' }), 'second step');
      await page.getByRole('button', { name: 'Use another method' }).click();
      await page.getByRole('button', { name: 'Backup code' }).click();
      await page.getByLabel('Code').fill(codes[0]);
      await page.getByRole('button', { name: 'Verify' }).click();
      await home(page);
      const used = await lastMailTo(suite.server.base, email);
      assert.equal(used.subject, 'A backup code was used');

      // A second browser signs in; this one approves.
      const second = await other.newPage();
      await typePassword(second, email);
      await visible(second.getByRole('heading', { name: 'Two-step verification' }), 'second step (other browser)');
      await second.getByRole('button', { name: 'Use another method' }).click();
      await second.getByRole('button', { name: 'Approval from another device' }).click();
      await second.getByRole('button', { name: 'Ask for approval' }).click();
      await visible(second.getByText('Waiting for your approval'), 'waiting');
      await visible(page.getByRole('heading', { name: 'Approve a sign-in' }), 'approval banner');
      await assertFits(page, 'approval banner');
      await shot(page, '4-approve');
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await visible(page.getByText('Sign-in approved.'), 'approved');
      await home(second);
    } catch (e) {
      await page.screenshot({ path: join(artifacts, `two-factor-${label}-failure.png`), fullPage: true }).catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
      await other.close();
    }
  });
}

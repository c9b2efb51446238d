// Security keys and app passwords as a user lives them: Sam signs up, registers a
// (virtual) security key on the security page — Chromium's DevTools WebAuthn
// authenticator stands in for a YubiKey — creates an app password that a script then
// uses against the API, signs out, and signs in again with the key as the second step.
// The console is served as http://localhost:<port>: browsers offer security keys to
// domain names only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible, assertFits, demoSuite } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('security-keys', { seedDemo: false, host: 'localhost' });

async function signUp(page, email) {
  await page.goto(`${suite.server.base}/sign-up`);
  await page.getByLabel('First name').fill('Sam');
  await page.getByLabel('Last name').fill('Key');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await visible(page.getByText(`we sent a link to ${email}`), 'check-your-email notice');
  const mail = await lastMailTo(suite.server.base, email);
  await page.goto(mail.link);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await visible(page.getByRole('heading', { name: 'Welcome, Sam' }), 'home page');
}

for (const [label, viewport] of [['phone', { width: 360, height: 800 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`a security key signs in and an app password serves a script (${label})`, async () => {
    await suite.story(label, viewport, async (page, context) => {
      const email = `sam.${label}@example.ch`;
      const shot = (name) => page.screenshot({ path: join(artifacts, `security-keys-${label}-${name}.png`), fullPage: true });
      await signUp(page, email);

      // A virtual authenticator, as a USB key with a PIN would be.
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
      });

      // 1. Register the key on the security page.
      await page.goto(`${suite.server.base}/security`);
      const keys = page.getByRole('region', { name: 'Security keys' });
      await visible(keys, 'security keys section');
      await keys.getByLabel('Name').fill('Blue YubiKey');
      await keys.getByRole('button', { name: 'Add a security key' }).click();
      await visible(keys.getByText('Security key added.'), 'key added');
      await visible(keys.getByText('Blue YubiKey'), 'the key listed');
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(credentials.length, 1, 'the authenticator holds one credential');
      // The first factor turned 2FA on: backup codes, shown once.
      const saved = page.getByRole('button', { name: 'I have saved them' });
      if (await saved.isVisible()) await saved.click();
      await assertFits(page, 'security page');
      await shot('1-key');

      // 2. An app password, shown once, used by a script with HTTP Basic.
      const apps = page.getByRole('region', { name: 'App passwords' });
      await apps.getByLabel('Name').fill('Calendar sync');
      await apps.getByRole('button', { name: 'Create an app password' }).click();
      const secret = (await page.getByTestId('new-app-password').textContent()).trim();
      assert.match(secret, /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/);
      await shot('2-app-password');
      const basic = `Basic ${Buffer.from(`${email}:${secret}`).toString('base64')}`;
      const call = (endpoint) => fetch(`${suite.server.base}/api/${endpoint}`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: basic }, body: '{}',
      });
      const me = await call('auth/me');
      assert.equal(me.status, 200);
      assert.equal((await me.json()).email, email);
      const refused = await call('app_passwords/list');
      assert.equal(refused.status, 403, 'account security is the console\'s alone');
      assert.deepEqual(await refused.json(), { error: 'key_refused', reason: 'console_only' });
      await page.getByRole('button', { name: 'I have copied it' }).click();
      await visible(apps.getByRole('button', { name: 'Revoke Calendar sync' }), 'app password listed');

      // 3. Sign out, sign in again: the password, then the key.
      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await visible(page.getByRole('heading', { name: 'Sign in' }), 'sign-in page');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Use my security key' }).click();
      await visible(page.getByRole('heading', { name: 'Welcome, Sam' }), 'home page after the key');
      await shot('3-signed-in');
    });
  });
}

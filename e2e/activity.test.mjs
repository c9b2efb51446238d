// Security signals as a person meets them (SEC-6, SEC-7): the recent activity lists
// the sessions and the sign-ins, a failed one included; signing out the other browser
// from it really signs that browser out. A legal representative requires two-factor
// authentication for the organization (confirming after being told how many members
// are not compliant); those members carry a red label in words and can be filtered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { artifacts, visible, assertFits, demoSuite } from './harness.mjs';

const suite = demoSuite('activity');
const MARIE = 'marie@demo.orga.test';

test('the activity shows the sessions; signing out the other one ends it there', async () => {
  const laptop = await suite.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const phone = await suite.browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'en-US', hasTouch: true });
  const a = await laptop.newPage();
  const b = await phone.newPage();
  try {
    // A wrong password first: it shows in the activity.
    await a.goto(`${suite.server.base}/sign-in`);
    await a.getByLabel('Email address').fill(MARIE);
    await a.getByLabel('Password', { exact: true }).fill('not the right password at all');
    await a.getByRole('button', { name: 'Sign in' }).click();
    await visible(a.getByRole('alert'), 'the refusal');
    await suite.signIn(a, MARIE);
    await suite.signIn(b, MARIE);

    // The phone: the page fits 360 px.
    await b.goto(`${suite.server.base}/activity`);
    await visible(b.getByRole('heading', { name: 'Activité récente' }), 'activity on the phone');
    await visible(b.locator('.session'), 'sessions on the phone');
    await assertFits(b, 'activity at 360 px');

    // The laptop, from the user menu.
    await a.locator('header button.badge').click();
    await a.getByRole('menuitem', { name: 'Activité récente' }).click();
    await visible(a.getByRole('heading', { name: 'Sessions actives' }), 'sessions');
    await visible(a.getByText('Connexion échouée : mauvais mot de passe'), 'the failed sign-in');
    await visible(a.getByText('Ce navigateur'), 'this session marked');
    assert.equal(await a.locator('.session').count(), 2, 'the laptop and the phone');
    const when = await a.locator('.activity-entry time').first().innerText();
    assert.match(when, /\d{2}:\d{2}/, `a time of day: ${when}`);
    assert.match(when, /UTC/, `in the user's zone (none chosen: UTC): ${when}`);
    assert.match(await a.locator('.session').first().innerText(), /Connexion : .*\d{2}:\d{2}/);
    await a.screenshot({ path: join(artifacts, 'activity-1-sessions.png'), fullPage: true });

    // Sign out the other one (the only session with that button).
    const revoke = a.getByRole('button', { name: /^Déconnecter / });
    assert.equal(await revoke.count(), 1);
    await revoke.click();
    await visible(a.getByText('Cette session est déconnectée.'), 'done notice');
    await a.waitForFunction(() => document.querySelectorAll('.session').length === 1);
    await a.reload();
    await visible(a.getByText('Une session a été déconnectée'), 'the change in the activity');

    // The phone is signed out.
    await b.reload();
    await b.waitForURL(/\/sign-in$/, { timeout: 15000 });
  } catch (e) {
    await a.screenshot({ path: join(artifacts, 'activity-failure-laptop.png'), fullPage: true }).catch(() => {});
    await b.screenshot({ path: join(artifacts, 'activity-failure-phone.png'), fullPage: true }).catch(() => {});
    throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
  } finally {
    await laptop.close();
    await phone.close();
  }
});

test('requiring two-factor authentication marks the members without it', async () => {
  await suite.story('require', { width: 1280, height: 900 }, async (page) => {
    await suite.signIn(page, MARIE);
    // What the 2FA setup leaves behind (its own story is the two-factor one), added once
    // she is signed in (with it, signing in asks for a code): Marie has a confirmed
    // second factor, so she may turn the requirement on without locking herself out.
    execFileSync('sqlite3', [join(suite.server.dir, 'orga.db'),
      "INSERT INTO second_factors (id, user_id, kind, label, secret, created_at, confirmed_at) " +
      `SELECT 'e2e-factor', id, 'totp', 'Phone', 'x', 0, 0 FROM users WHERE email = '${MARIE}'`]);
    const org = new URL(page.url()).pathname.split('/')[2];
    assert.ok(org, `in an organization: ${page.url()}`);
    await page.goto(`${suite.server.base}/o/${org}/settings`);
    const toggle = page.getByRole('switch', { name: 'Exiger la double authentification' });
    await visible(toggle, 'the switch');
    await page.waitForFunction(() => !document.querySelector('#require-two-factor')?.disabled);
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: 'Exiger la double authentification ?' });
    await visible(dialog, 'the confirmation');
    await visible(dialog.getByText(/^3 membres n'ont pas encore la double authentification/), 'the count');
    await page.screenshot({ path: join(artifacts, 'activity-2-confirm.png'), fullPage: true });
    await dialog.getByRole('button', { name: "L'exiger" }).click();
    await visible(page.getByText('Enregistré.'), 'saved');
    assert.equal(await toggle.isChecked(), true);

    await page.goto(`${suite.server.base}/o/${org}/members`);
    const paul = page.locator('li.member', { hasText: 'Paul Durand' });
    const label = paul.locator('.no-2fa-badge');
    await visible(label, 'Paul marked');
    assert.equal(await label.innerText(), 'Sans double authentification', 'said in words');
    const colour = await label.evaluate((el) => getComputedStyle(el).color);
    assert.equal(colour, 'rgb(155, 17, 17)', 'and in red');
    assert.equal(await page.locator('li.member', { hasText: 'Marie Martin' }).locator('.no-2fa-badge').count(), 0);
    await page.getByLabel('Afficher').selectOption({ label: 'Sans double authentification' });
    await page.waitForFunction(() => document.querySelectorAll('li.member').length === 3);
    await page.screenshot({ path: join(artifacts, 'activity-3-members.png'), fullPage: true });
  });
});

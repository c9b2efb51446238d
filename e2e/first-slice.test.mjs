// The first slice as a user lives it: a legal representative signs up, invites an
// administrator who joins through the emailed link; the administrator finds the legal
// representative role out of reach, with the reason; the legal representative grants it.
// Run on a phone-sized and a desktop-sized screen; screenshots land in e2e/artifacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lastMailTo, artifacts, navTo, visible as expectVisible, assertFits, demoSuite } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('first', { seedDemo: false });

async function signOut(page) {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'sign-in page');
}

for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`legal representative invites an administrator and grants the role (${label} ${viewport.width}x${viewport.height})`, async () => {
    const context = await suite.browser.newContext({ viewport, locale: 'en-US', hasTouch: label === 'phone' });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(artifacts, `${label}-${name}.png`), fullPage: true });
    const lrEmail = `lea.${label}@example.ch`;
    const adminEmail = `adam.${label}@example.ch`;
    try {
      // 1. Lea signs up and confirms her address.
      await page.goto(`${suite.server.base}/sign-up`);
      await page.getByLabel('First name').fill('Lea');
      await page.getByLabel('Last name').fill('Rep');
      await page.getByLabel('Email address').fill(lrEmail);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await assertFits(page, 'sign-up');
      await shot('1-sign-up');
      await page.getByRole('button', { name: 'Create my account' }).click();
      await expectVisible(page.getByText(`we sent a link to ${lrEmail}`), 'check-your-email notice');
      const confirmation = await lastMailTo(suite.server.base, lrEmail);
      assert.match(confirmation.link, /\/verify-email#token=/, 'the secret travels in the fragment');
      await page.goto(confirmation.link);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      assert.ok(!page.url().includes('token'), `the page took the secret out of the address bar: ${page.url()}`);
      await page.getByRole('button', { name: 'Confirm my address' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Welcome, Lea' }), 'home page');
      await expectVisible(page.getByText('Your role in Lea Rep: Legal representative.'), 'role line');

      // 2. She invites Adam as an administrator.
      await navTo(page, 'Users');
      await expectVisible(page.getByRole('heading', { name: 'Users of Lea Rep' }), 'members page');
      await page.getByRole('button', { name: 'Invite a user' }).click();
      const invite = page.getByRole('dialog', { name: 'Invite a user' });
      await page.waitForFunction(() => document.activeElement?.id === 'invite-email');
      await invite.getByLabel('Email address').fill(adminEmail);
      await invite.getByRole('radio', { name: /^Administrator/ }).check();
      await assertFits(page, 'invite dialog');
      await shot('2-invite');
      await invite.getByRole('button', { name: 'Send the invitation' }).click();
      await expectVisible(page.getByText(`Invitation sent to ${adminEmail}.`), 'invitation notice');
      await expectVisible(page.getByRole('button', { name: `Revoke the invitation to ${adminEmail}` }), 'pending invitation');
      assert.equal(await page.getByRole('button', { name: `Resend the invitation to ${adminEmail}` }).isEnabled(), true);
      await signOut(page);

      // 3. Adam follows the emailed link and signs up into Lea's organization.
      const invitation = await lastMailTo(suite.server.base, adminEmail);
      assert.match(invitation.subject, /Lea Rep invites you to join Lea Rep/);
      await page.goto(invitation.link);
      await expectVisible(page.getByText('Lea Rep invites you to join as Administrator.'), 'invitation preview');
      assert.ok(!page.url().includes('invitation='), `no secret left in the address bar: ${page.url()}`);
      await page.getByLabel('First name').fill('Adam');
      await page.getByLabel('Last name').fill('Admin');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Create my account and join' }).click();
      await expectVisible(page.getByText('Your role in Lea Rep: Administrator.'), 'administrator home');

      // 4. Adam cannot make himself legal representative, and is told why.
      await navTo(page, 'Users');
      await page.getByRole('button', { name: 'Actions for Adam Admin' }).click();
      await page.getByRole('menuitem', { name: 'Change the role' }).click();
      const dialog = page.getByRole('dialog', { name: 'Change the role of Adam Admin' });
      const lrChoice = dialog.getByRole('radio', { name: /^Legal representative/ });
      await expectVisible(lrChoice, 'legal representative choice');
      assert.equal(await lrChoice.isDisabled(), true, 'legal representative is disabled for an administrator');
      await expectVisible(dialog.getByText('Only a legal representative may grant the legal representative role.'), 'the reason');
      await assertFits(page, 'change-role dialog');
      await shot('3-administrator-sees-reason');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      // Nor change Lea's role: the menu item is greyed out, with the reason.
      await page.getByRole('button', { name: 'Actions for Lea Rep' }).click();
      assert.equal(await page.getByRole('menuitem', { name: 'Change the role' }).isDisabled(), true);
      await expectVisible(page.getByRole('menu').getByText('Only a legal representative may change or remove a legal representative.'), 'reason in the menu');
      await page.keyboard.press('Escape');
      await signOut(page);

      // 5. Lea signs in and grants Adam the role; the list shows it.
      await page.getByLabel('Email address').fill(lrEmail);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Welcome, Lea' }), 'home after sign-in');
      await navTo(page, 'Users');
      // By keyboard this time: the menu takes focus, Escape gives it back, Enter reopens.
      await page.getByRole('button', { name: 'Actions for Adam Admin' }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Change the role');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Actions for Adam Admin');
      assert.equal(await page.getByRole('menuitem', { name: 'Change the role' }).count(), 0, 'Escape closed the menu');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.textContent === 'Change the role');
      await page.keyboard.press('Enter');
      const grant = page.getByRole('dialog', { name: 'Change the role of Adam Admin' });
      await grant.getByRole('radio', { name: /^Legal representative/ }).check();
      // A legally significant role: granting it is confirmed first.
      assert.ok(await grant.getByRole('button', { name: 'Save' }).isDisabled(), 'not without the confirmation');
      await grant.getByRole('checkbox', { name: 'I confirm that this person legally represents the organization' }).check();
      await grant.getByRole('button', { name: 'Save' }).click();
      await expectVisible(page.getByText('Adam Admin is now Legal representative.'), 'confirmation');
      const adamRow = page.getByRole('listitem').filter({ hasText: adminEmail });
      await expectVisible(adamRow.getByText('Legal representative', { exact: true }), 'new role in the list');
      await assertFits(page, 'members list');
      await shot('4-granted');

      // Adam was told by email.
      const summary = await lastMailTo(suite.server.base, adminEmail);
      assert.equal(summary.subject, 'Your role in Lea Rep has changed');
    } catch (e) {
      await shot('failure').catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
    }
  });
}

test('the console speaks French when the browser does, and switches language', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-CH' });
  const page = await context.newPage();
  try {
    await page.goto(`${suite.server.base}/sign-in`);
    await expectVisible(page.getByRole('heading', { name: 'Connexion' }), 'French sign-in');
    await page.getByLabel('Adresse e-mail').fill('personne@example.ch');
    await page.getByLabel('Mot de passe').fill('not the right password at all');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectVisible(page.getByRole('alert').getByText("L'adresse e-mail ou le mot de passe est incorrect."), 'French error');
    await page.getByLabel('Langue').selectOption('en');
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'English after switching');
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the choice is remembered');
    await assertFits(page, 'sign-in at 360px');
    await page.screenshot({ path: join(artifacts, 'phone-360-language.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

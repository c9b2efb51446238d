// The organization's settings (ORG-3, ORG-4) as people live them, on a phone and on a
// desktop: a legal representative moves the postal address to Switzerland and sees the
// invoicing currency become CHF (a wrong postcode is named next to its field first); an
// administrator sees the same details read-only, with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible as expectVisible, assertFits, demoSuite } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('settings', { seedDemo: false });

async function api(path, body, cookie) {
  const headers = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${suite.server.base}/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('orga_session=') && c !== 'orga_session=');
  return { status: res.status, json: await res.json(), cookie: cookies[0] };
}

/// A legal representative (signed up in France) and an administrator of one organization.
async function organization(label) {
  const lrEmail = `lea.settings.${label}@example.ch`;
  const adminEmail = `adam.settings.${label}@example.ch`;
  const signUp = await api('auth/sign_up', { input: {
    email: lrEmail, password: PASSWORD, first_name: 'Lea', last_name: 'Rep', account_type: 'company',
    organization_name: `Atelier du Léman ${label}`, lang: 'en', country: 'FR', invitation: null,
  } });
  assert.equal(signUp.status, 200, JSON.stringify(signUp.json));
  const token = (await lastMailTo(suite.server.base, lrEmail)).link.split('token=')[1];
  const lr = await api('auth/verify_email', { token, password: PASSWORD });
  assert.equal(lr.status, 200, JSON.stringify(lr.json));
  const orgId = lr.json.current_org_id;
  const invite = await api('members/invite', { org_id: orgId, email: adminEmail, role: 'administrator' }, lr.cookie);
  assert.equal(invite.status, 200, JSON.stringify(invite.json));
  const invitation = (await lastMailTo(suite.server.base, adminEmail)).link.split('invitation=')[1];
  const admin = await api('auth/sign_up', { input: {
    email: adminEmail, password: PASSWORD, first_name: 'Adam', last_name: 'Admin', account_type: 'individual',
    organization_name: null, lang: 'en', country: null, invitation,
  } });
  assert.equal(admin.status, 200, JSON.stringify(admin.json));
  return { orgId, lrEmail, adminEmail, name: `Atelier du Léman ${label}` };
}

async function signIn(page, email) {
  await page.goto(`${suite.server.base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectVisible(page.getByRole('heading', { name: /^Welcome, / }), 'home page');
}

for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`a legal representative moves the address to Switzerland and is billed in CHF; an administrator reads (${label})`, async () => {
    const org = await organization(label);
    const context = await suite.browser.newContext({ viewport, locale: 'en-US', hasTouch: label === 'phone' });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(artifacts, `settings-${label}-${name}.png`), fullPage: true });
    try {
      await signIn(page, org.lrEmail);
      await page.goto(`${suite.server.base}/o/${org.orgId}/settings`);
      await expectVisible(page.getByRole('heading', { name: `Settings of ${org.name}` }), 'settings page');
      const currency = page.locator('#settings-currency');
      assert.equal(await currency.textContent(), 'EUR', 'France: euros');

      await page.getByLabel('Country').selectOption({ label: 'Switzerland' });
      assert.equal(await currency.textContent(), 'CHF', 'the currency follows the country at once');
      await page.getByLabel('Street and number').fill('Quai du Mont-Blanc 5');
      await page.getByLabel('Postcode').fill('75001');
      await page.getByLabel('City').fill('Genève');
      await page.getByLabel('Contact phone').fill('022 123 45 67');
      await page.getByRole('button', { name: 'Save the details' }).click();
      const postcode = page.getByLabel('Postcode');
      await expectVisible(page.getByText('it is not a postcode of the chosen country'), 'postcode error');
      assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
      assert.match(await postcode.getAttribute('aria-describedby'), /settings-postcode-error/);
      await assertFits(page, 'settings with an error');
      await shot('1-error');

      await postcode.fill('1201');
      await page.getByRole('button', { name: 'Save the details' }).click();
      await expectVisible(page.getByText('The details are saved.'), 'saved notice');
      assert.equal(await postcode.getAttribute('aria-invalid'), null);
      await page.reload();
      await expectVisible(page.getByRole('heading', { name: `Settings of ${org.name}` }), 'settings page after reload');
      assert.equal(await page.locator('#settings-currency').textContent(), 'CHF', 'stored in francs');
      assert.equal(await page.getByLabel('Contact phone').inputValue(), '+41221234567');
      await assertFits(page, 'settings');
      await shot('2-saved');
      if (label === 'phone') {
        // The narrowest phone: the settings themselves stay inside the screen. (The
        // whole page is checked at 390 px; at 360 px the header's navigation, which is
        // not this page's, is measured by its own tests.)
        await page.setViewportSize({ width: 360, height: 740 });
        const overflow = await page.evaluate(() => [...document.querySelectorAll('.settings-page, .settings-page *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((e) => `${e.tagName}.${e.className}`));
        assert.deepEqual(overflow, [], 'settings at 360 px: nothing wider than the screen');
        await page.setViewportSize(viewport);
      }
      const mail = await lastMailTo(suite.server.base, org.lrEmail);
      assert.match(mail.body, /Invoicing currency: EUR → CHF/);
      await context.clearCookies();

      // The administrator reads the same details, without a form, with the reason.
      await signIn(page, org.adminEmail);
      await page.goto(`${suite.server.base}/o/${org.orgId}/settings`);
      await expectVisible(page.getByRole('heading', { name: `Settings of ${org.name}` }), 'settings page (administrator)');
      await expectVisible(page.getByText("Only legal representatives edit the organization's details."), 'reason');
      assert.equal(await page.locator('#settings-currency').textContent(), 'CHF');
      await expectVisible(page.getByText('Quai du Mont-Blanc 5'), 'address shown');
      assert.equal(await page.getByRole('button', { name: 'Save the details' }).count(), 0, 'no form');
      // An administrator customizes the header square, though.
      await expectVisible(page.getByRole('button', { name: 'Save the appearance' }), 'appearance form');
      await assertFits(page, 'settings (administrator)');
      await shot('3-administrator');
    } catch (e) {
      await shot('failure').catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
    }
  });
}

test('sign-up asks the country: a Swiss company is invoiced in CHF from day one', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true });
  const page = await context.newPage();
  const email = 'ceo.swiss@example.ch';
  try {
    await page.goto(`${suite.server.base}/sign-up`);
    await page.getByLabel('First name').fill('Jean');
    await page.getByLabel('Last name').fill('Dupont');
    await page.getByLabel('Account type').selectOption({ label: 'Company' });
    await page.getByLabel('Organization name').fill('Horlogerie SA');
    await page.getByLabel('Country').selectOption({ label: 'Switzerland' });
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await assertFits(page, 'sign-up');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expectVisible(page.getByText(`we sent a link to ${email}`), 'check-your-email notice');
    const token = (await lastMailTo(suite.server.base, email)).link.split('token=')[1];
    const me = await api('auth/verify_email', { token, password: PASSWORD });
    await signIn(page, email);
    await page.goto(`${suite.server.base}/o/${me.json.current_org_id}/settings`);
    await expectVisible(page.getByRole('heading', { name: 'Settings of Horlogerie SA' }), 'settings page');
    assert.equal(await page.locator('#settings-currency').textContent(), 'CHF');
    assert.equal(await page.getByLabel('Country').inputValue(), 'CH');
  } catch (e) {
    await page.screenshot({ path: join(artifacts, 'settings-signup-failure.png'), fullPage: true }).catch(() => {});
    throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
  } finally {
    await context.close();
  }
});

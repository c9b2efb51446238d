// The billing overview (BIL-3, BIL-5) as people live it, on a phone and on a desktop: a
// legal representative adds the test card, tops up the prepaid balance with it and sees
// the new balance and the movement; a collaborator without billing rights has no billing
// entry in the navigation and sees the reason instead of billing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible as expectVisible, assertFits, demoSuite, navTo, openNav } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('payments', { seedDemo: false });

async function api(path, body, cookie) {
  const headers = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${suite.server.base}/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('orga_session=') && c !== 'orga_session=');
  return { status: res.status, json: await res.json(), cookie: cookies[0] };
}

/// A legal representative (in Switzerland: CHF) and a collaborator without billing rights.
async function organization(label) {
  const lrEmail = `lea.pay.${label}@example.ch`;
  const collabEmail = `cole.pay.${label}@example.ch`;
  const signUp = await api('auth/sign_up', { input: {
    email: lrEmail, password: PASSWORD, first_name: 'Lea', last_name: 'Rep', account_type: 'company',
    organization_name: `Atelier des comptes avec un nom vraiment très long ${label}`, lang: 'en', country: 'CH', invitation: null,
  } });
  assert.equal(signUp.status, 200, JSON.stringify(signUp.json));
  const token = (await lastMailTo(suite.server.base, lrEmail)).link.split('token=')[1];
  const lr = await api('auth/verify_email', { token, password: PASSWORD });
  assert.equal(lr.status, 200, JSON.stringify(lr.json));
  const orgId = lr.json.current_org_id;
  const invite = await api('members/invite', { org_id: orgId, email: collabEmail, role: 'collaborator' }, lr.cookie);
  assert.equal(invite.status, 200, JSON.stringify(invite.json));
  const invitation = (await lastMailTo(suite.server.base, collabEmail)).link.split('invitation=')[1];
  const collab = await api('auth/sign_up', { input: {
    email: collabEmail, password: PASSWORD, first_name: 'Cole', last_name: 'Lab', account_type: 'individual',
    organization_name: null, lang: 'en', country: null, invitation,
  } });
  assert.equal(collab.status, 200, JSON.stringify(collab.json));
  return { orgId, lrEmail, collabEmail };
}

async function signIn(page, email) {
  await page.goto(`${suite.server.base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectVisible(page.getByRole('heading', { name: /^Welcome, / }), 'home page');
}

for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`a legal representative tops up the balance with the test card; a collaborator sees the reason (${label})`, async () => {
    const org = await organization(label);
    await suite.story(`${label}-top-up`, viewport, async (page) => {
      const shot = (name) => page.screenshot({ path: join(artifacts, `payments-${label}-${name}.png`), fullPage: true });
      await signIn(page, org.lrEmail);
      await navTo(page, 'Billing');
      await expectVisible(page.getByRole('heading', { name: /^Billing of / }), 'billing page');
      await expectVisible(page.getByText('CHF 0.00'), 'an empty balance');
      await expectVisible(page.getByText('Add a payment method to top up the balance.'), 'top up needs a card');

      await page.getByLabel('Name', { exact: true }).fill('Company card');
      await page.getByLabel('Test card').selectOption('test_ok');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expectVisible(page.getByText('Payment method added.'), 'card added');
      await expectVisible(page.getByRole('button', { name: 'Remove Company card' }), 'the card listed');

      // A wrong amount is named before anything is sent.
      await page.getByLabel('Amount (CHF)').first().fill('5');
      await page.getByRole('button', { name: 'Top up', exact: true }).click();
      await expectVisible(page.getByRole('alert').filter({ hasText: 'too small' }), 'amount too small');

      await page.getByLabel('Amount (CHF)').first().fill('150.50');
      await page.getByLabel('Pay with').selectOption({ label: 'Company card' });
      await page.getByRole('button', { name: 'Top up', exact: true }).click();
      await expectVisible(page.getByText('CHF 150.50 added to the balance.'), 'top-up confirmed');
      await expectVisible(page.getByTestId('balance').filter({ hasText: 'CHF 150.50' }), 'the new balance');
      await expectVisible(page.locator('li.movement[data-kind=top_up]').filter({ hasText: '+CHF 150.50' }), 'the movement');
      await assertFits(page, 'billing after a top-up');
      await shot('1-topped-up');
    });

    await suite.story(`${label}-collaborator`, viewport, async (page) => {
      await signIn(page, org.collabEmail);
      await openNav(page);
      const nav = page.getByRole('navigation');
      await expectVisible(nav.getByRole('link', { name: 'Home', exact: true }), 'navigation');
      assert.equal(await nav.getByRole('link', { name: 'Billing', exact: true }).count(), 0, 'no billing entry');
      await page.goto(`${suite.server.base}/o/${org.orgId}/billing`);
      await expectVisible(page.getByText("You cannot see this organization's billing."), 'billing refused');
      await expectVisible(page.locator('.billing-reason'), 'the reason');
      assert.equal(await page.getByTestId('balance').count(), 0, 'no balance shown');
      await assertFits(page, 'billing refused');
      await page.screenshot({ path: join(artifacts, `payments-${label}-2-collaborator.png`), fullPage: true });
    });
  });
}

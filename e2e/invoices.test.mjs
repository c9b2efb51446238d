// Invoices as people meet them (BIL-4, BIL-5), on a phone and on a desktop: with a paid
// invoice (premium support taken from a prepaid balance), a legal representative finds
// it in the history with its "Paid" badge and downloads the PDF; nothing is left to pay;
// a collaborator without billing rights sees why billing is not for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible, assertFits, demoSuite, navTo } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('invoices', { seedDemo: false });

async function api(path, body, cookie) {
  const headers = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${suite.server.base}/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('orga_session=') && c !== 'orga_session=');
  return { status: res.status, json: await res.json(), cookie: cookies[0] };
}

/// An organization with a legal representative and a collaborator, and one paid invoice:
/// the balance credited by SQL (what a top-up would do), premium support taken from it.
async function organization(label) {
  const lrEmail = `lea.invoices.${label}@example.fr`;
  const collabEmail = `colette.invoices.${label}@example.fr`;
  const signUp = await api('auth/sign_up', { input: {
    email: lrEmail, password: PASSWORD, first_name: 'Lea', last_name: 'Rep', account_type: 'company',
    organization_name: `Boulangerie Émile ${label}`, lang: 'en', country: 'FR', invitation: null,
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
    email: collabEmail, password: PASSWORD, first_name: 'Colette', last_name: 'Collab', account_type: 'individual',
    organization_name: null, lang: 'en', country: null, invitation,
  } });
  assert.equal(collab.status, 200, JSON.stringify(collab.json));
  execFileSync('sqlite3', [join(suite.server.dir, 'orga.db'),
    `UPDATE organizations SET prepaid_balance_minor = 10000 WHERE id = '${orgId}'`]);
  const support = await api('support/subscribe', { org_id: orgId }, lr.cookie);
  assert.equal(support.status, 200, JSON.stringify(support.json));
  return { orgId, lrEmail, collabEmail, number: support.json.invoice_number };
}

async function signIn(page, email) {
  await page.goto(`${suite.server.base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('heading', { name: /^Welcome, / }), 'home page');
}

for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`a legal representative downloads a paid invoice; a collaborator sees why not (${label})`, async () => {
    const org = await organization(label);
    assert.match(org.number, /^F-/);
    const context = await suite.browser.newContext({ viewport, locale: 'en-US', hasTouch: label === 'phone', acceptDownloads: true });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(artifacts, `invoices-${label}-${name}.png`), fullPage: true });
    try {
      await signIn(page, org.lrEmail);
      await navTo(page, 'Invoices');
      await visible(page.getByRole('heading', { name: /^Invoices of Boulangerie Émile/ }), 'the invoices page');
      const row = page.locator('li.invoice-row', { hasText: org.number });
      await visible(row, 'the paid invoice in the history');
      await visible(row.getByText('Paid', { exact: true }), 'its status badge');
      await assertFits(page, 'invoices');
      await shot('1-history');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download PDF of ${org.number}` }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `${org.number}.pdf`);
      const bytes = readFileSync(await download.path());
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');

      // Nothing left to pay: the pro forma button says why it cannot run.
      await page.getByRole('tab', { name: 'To pay' }).click();
      await visible(page.getByText('Nothing to pay: every invoice is paid.'), 'the empty "to pay" list');
      const make = page.getByRole('button', { name: 'Generate a pro forma invoice' });
      assert.equal(await make.isDisabled(), true);
      await visible(page.getByText('Select at least one invoice to pay.'), 'why no pro forma');
      await assertFits(page, 'to pay');

      // The invoice's own page: lines and totals, downloadable too.
      await page.getByRole('tab', { name: 'History' }).click();
      await page.getByRole('link', { name: `Open invoice ${org.number}` }).click();
      await visible(page.getByRole('heading', { name: `Invoice ${org.number}` }), 'the invoice page');
      await visible(page.getByText('Premium support, one month'), 'its line');
      await visible(page.getByText('€58.80'), 'its total');
      await assertFits(page, 'invoice');
      await shot('2-detail');

      // A collaborator without billing rights: the reason, no invoices.
      await context.clearCookies();
      await signIn(page, org.collabEmail);
      // BIL-5: no billing link in the navigation; the address itself says why.
      assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Invoices', exact: true }).count(), 0);
      await page.goto(`${suite.server.base}/o/${org.orgId}/invoices`);
      await visible(page.getByText('Billing is reserved to legal representatives, administrators and members with billing rights.'), 'the reason');
      assert.equal(await page.locator('li.invoice-row').count(), 0);
      await assertFits(page, 'collaborator');
      await shot('3-collaborator');
    } catch (e) {
      await shot('failure').catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
    }
  });
}

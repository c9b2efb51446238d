// The audit log and the header as a phone user meets them (390×844): the header is one
// row, its navigation opens from a Menu button by keyboard, the buttons' accessible
// names contain what they show, a 60-character address never makes the page scroll
// sideways, form errors name their field; a legal representative reads the log, filters
// it and downloads it as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastMailTo, artifacts, visible, assertFits, demoSuite } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
// 60 characters, one unbreakable word.
const LONG_EMAIL = 'lea.representative.with.a.really.long.address@example-org.ch';
const suite = demoSuite('audit', { seedDemo: false });

test('a phone user: one-row header, keyboard menu, names, long address, audit log and its export', async () => {
  assert.equal(LONG_EMAIL.length, 60);
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  const parts = [];
  page.on('response', (r) => { if (/\/split_[^/]*\.wasm$/.test(r.url())) parts.push(r.url().split('/').pop()); });
  const shot = (name) => page.screenshot({ path: join(artifacts, `audit-${name}.png`), fullPage: true });
  try {
    // Form errors name their field.
    await page.goto(`${suite.server.base}/sign-up`);
    await page.getByLabel('First name').fill('Lea');
    await page.getByLabel('Last name').fill('Rep');
    await page.getByLabel('Email address').fill('not an address');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create my account' }).click();
    const email = page.getByLabel('Email address');
    await page.waitForFunction(() => document.querySelector('#signup-email')?.getAttribute('aria-invalid') === 'true');
    const describedBy = await email.getAttribute('aria-describedby');
    assert.ok(describedBy, 'the field points at its message');
    const message = await page.locator(`#${describedBy.split(' ')[0]}`).innerText();
    assert.ok(message.length > 0, 'the message is there');
    assert.equal(await page.getByLabel('First name').getAttribute('aria-invalid'), null, 'other fields are fine');

    // Sign up with a 60-character address: the notice wraps.
    await email.fill(LONG_EMAIL);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await visible(page.getByText(`we sent a link to ${LONG_EMAIL}`), 'check-your-email notice');
    assert.equal(await email.count(), 0);
    await assertFits(page, 'check your email');
    const confirmation = await lastMailTo(suite.server.base, LONG_EMAIL);
    await page.goto(confirmation.link);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await visible(page.getByRole('heading', { name: 'Welcome, Lea' }), 'home page');
    await assertFits(page, 'home');

    // One row: at most 64 px high.
    const height = await page.locator('header.topbar').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(height <= 64, `the header is ${height}px high`);
    await shot('1-home');

    // Accessible names contain the visible text.
    const badge = page.locator('header button.badge');
    const initials = await badge.evaluate((b) => [...b.childNodes]
      .filter((n) => !n.classList?.contains('visually-hidden')).map((n) => n.textContent).join('').trim());
    assert.equal(initials, 'LR');
    await visible(page.getByRole('button', { name: /^LR\W+account menu$/i }), 'badge by its name');
    const orgName = (await page.locator('header .switcher-button .org-name').innerText()).trim();
    assert.equal(orgName, 'Lea Rep');
    await visible(page.getByRole('button', { name: /^Lea Rep\W+switch organization$/i }), 'switcher by its name');

    // The user menu's long address wraps.
    await page.getByRole('button', { name: /account menu/i }).click();
    await visible(page.getByText(LONG_EMAIL), 'email in the user menu');
    await assertFits(page, 'user menu');
    await page.keyboard.press('Escape');

    // The switcher marks the current organization with a visible check mark.
    await page.getByRole('button', { name: /switch organization/i }).click();
    const current = page.getByRole('menuitemradio', { checked: true });
    assert.equal((await current.locator('.menu-check').innerText()).trim(), '✓');
    await page.keyboard.press('Escape');

    // The navigation by keyboard through the Menu button; Escape gives focus back.
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    assert.equal(await page.getByRole('link', { name: 'Audit log' }).isVisible(), false, 'folded');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction(() => document.activeElement?.closest('nav#mainnav') != null);
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('nav-toggle')), true);
    await page.keyboard.press('Enter');
    await shot('nav-open');
    const audit = page.getByRole('link', { name: 'Audit log' });
    await audit.focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Audit log of Lea Rep' }), 'audit page');
    assert.ok(parts.some((n) => n.includes('audit_area')), `the audit page is a part of its own: ${parts}`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'following a link closes the menu');

    // The log: the organization's creation, by Lea, with the long address wrapping.
    const entries = page.getByRole('list', { name: 'Entries of the audit log' });
    await visible(entries.getByText('Organization created'), 'an entry');
    await visible(entries.getByText(`By Lea Rep (${LONG_EMAIL})`), 'the actor');
    await assertFits(page, 'audit log');
    await shot('2-audit');

    // Filter by action, then export what is shown.
    await page.getByLabel('Action').selectOption('organization.created');
    await visible(entries.getByText('Organization created'), 'filtered entry');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^audit-lea-rep-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeffTime (UTC),By,'), csv.slice(0, 80));
    assert.ok(csv.includes('Organization created,organization.created'), csv);
    await visible(page.getByText(/The file audit-lea-rep-.*\.csv is downloaded\./), 'confirmation');
    await assertFits(page, 'after the export');
    // The export is itself in the log.
    await page.getByLabel('Action').selectOption('');
    await visible(entries.getByText('Audit log exported'), 'export entry');
    await shot('3-exported');

    // At 360 px too: one row, nothing sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    const narrow = await page.locator('header.topbar').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(narrow <= 64, `the header is ${narrow}px high at 360 px`);
    await assertFits(page, 'audit log at 360 px');
    await shot('4-360');
  } catch (e) {
    await shot('failure').catch(() => {});
    throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
  } finally {
    await context.close();
  }
});

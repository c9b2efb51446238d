// Renewals (PRD-6): a legal representative opens "Manage renewals" from the navigation,
// sees the NAS greyed out with the reason, selects two products and turns their renewal
// warranty on at once — on a phone (390×844) and a desktop (1280×800), without sideways
// scrolling and with a long product name that wraps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { artifacts, visible, assertFits, demoSuite, navTo } from './harness.mjs';

const suite = demoSuite('renewals');
const LONG = 'a-very-long-domain-name-for-a-small-phone-screen-that-must-wrap.ch';

/// Gives Marie's organization three products (two to renew, one NAS), `tag` apart.
function seedProducts(tag) {
  const db = join(suite.server.dir, 'orga.db');
  const expires = Date.now() + 100 * 86_400_000;
  const sql = `
    INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, created_at, extension, period_months, price_minor)
    SELECT 'dom-${tag}', m.org_id, 'web_domains', 'domain', '${tag}-${LONG}', 'active', ${expires}, 0, 0, 'ch', 12, 1300
      FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'marie@demo.orga.test' AND m.role = 'legal_representative' LIMIT 1;
    INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, created_at, extension, period_months, price_minor)
    SELECT 'mail-${tag}', org_id, 'collaborative', 'mail_service', 'mail-${tag}', 'active', ${expires + 1}, 0, 0, NULL, 12, 4800 FROM products WHERE id = 'dom-${tag}';
    INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, created_at, extension, period_months, price_minor)
    SELECT 'nas-${tag}', org_id, 'nas', 'nas', 'nas-${tag}', 'active', ${expires + 2}, 0, 0, NULL, 12, 9900 FROM products WHERE id = 'dom-${tag}';`;
  execFileSync('sqlite3', [db, sql]);
}

for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`${size}: a legal representative turns renewal warranty on for two products at once`, async () => {
    seedProducts(size);
    await suite.story(size, viewport, async (page) => {
      await suite.signIn(page, 'marie@demo.orga.test');
      await navTo(page, 'Renouvellements');
      await visible(page.getByRole('heading', { name: 'Gérer les renouvellements' }), 'the renewals page');
      const row = (id) => page.locator(`li.renewal[data-product="${id}"]`);
      await visible(row(`dom-${size}`), 'the domain');
      // The NAS: greyed, its checkbox disabled, the reason said.
      const nas = row(`nas-${size}`);
      assert.ok(await nas.getByRole('checkbox').isDisabled(), 'NAS not selectable');
      await visible(nas.getByText('La garantie de renouvellement n\'est pas proposée pour les NAS.'), 'the NAS reason');
      await assertFits(page, 'renewals');

      await page.getByRole('checkbox', { name: `Sélectionner ${size}-${LONG}` }).check();
      await page.getByRole('checkbox', { name: `Sélectionner mail-${size}` }).check();
      await visible(page.getByText('2 produits sélectionnés'), 'the selection count');
      await page.getByRole('button', { name: 'Activer la garantie de renouvellement', exact: true }).click();
      await visible(page.getByText('Garantie de renouvellement activée pour 2 produits.'), 'the confirmation');
      for (const id of [`dom-${size}`, `mail-${size}`]) {
        await page.waitForFunction((id) => document.querySelector(`li.renewal[data-product="${id}"] .renewal-warranty`)?.dataset.on === 'true', id);
      }
      assert.equal(await row(`nas-${size}`).locator('.renewal-warranty').getAttribute('data-on'), 'false');
      await assertFits(page, 'renewals after');
      await page.screenshot({ path: join(artifacts, `renewals-${size}.png`), fullPage: true });
      const db = join(suite.server.dir, 'orga.db');
      const on = execFileSync('sqlite3', [db, `SELECT COUNT(*) FROM products WHERE id LIKE '%-${size}' AND renewal_warranty = 1`]).toString().trim();
      assert.equal(on, '2');
    });
  });
}

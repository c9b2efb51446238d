// Products (PRD-2, PRD-3, PRD-5, MEM-1) at 390×844 and 1280×800, on the demo data: a
// collaborator reaches the lists from the products menu and the navigation, manages only
// the product granted to her and sees the others greyed out with the reason, and has no
// billing in the navigation; a legal representative terminates a product, which happens
// only once the emailed link is followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastMailTo, visible, assertFits, demoSuite, openNav } from './harness.mjs';

const suite = demoSuite('products');
const { signIn, story } = suite;
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const NOT_GRANTED = 'Ce produit ne fait pas partie de ceux que vous gérez : demandez l\'accès à un administrateur.';

test('a collaborator manages only the product granted to her', async () => {
  for (const viewport of VIEWPORTS) {
    await story(`collaborator-${viewport.width}`, viewport, async (page) => {
      await signIn(page, 'chloe@demo.orga.test');
      // Home tiles.
      await visible(page.getByRole('heading', { name: 'Vos produits' }), 'the product tiles');
      await visible(page.getByRole('link', { name: /Noms de domaine\s+3 produits/ }), 'the domains tile');
      // The products menu at top right, by keyboard.
      const menuButton = page.getByRole('button', { name: /^Produits\W+menu des produits$/ });
      await menuButton.focus();
      await page.keyboard.press('Enter');
      await visible(page.getByRole('menuitem', { name: /Services mail/ }), 'the products menu');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /menu des produits/ }).click();
      await page.getByRole('menuitem', { name: /Services mail/ }).click();
      await visible(page.getByRole('heading', { name: 'Services mail' }), 'the mail services list');
      const mail = page.getByRole('link', { name: 'Mail demo-hosting.ch', exact: true });
      await visible(mail, 'the granted product, manageable');
      assert.equal(await page.locator('li.product.greyed').count(), 0);

      // The navigation: by category, the types present; no billing.
      await openNav(page);
      const nav = page.getByRole('navigation');
      assert.equal(await nav.getByRole('link', { name: /factur|paiement|boutique|invoice|billing/i }).count(), 0, 'no billing');
      await nav.getByRole('link', { name: 'Noms de domaine', exact: true }).click();
      await visible(page.getByRole('heading', { name: 'Noms de domaine' }), 'the domains list');
      const greyed = page.locator('li.product.greyed[aria-disabled="true"]');
      await visible(greyed, 'greyed products');
      assert.ok(await greyed.count() >= 2, 'the domains are not hers');
      assert.equal(await page.locator('li.product').count(), await greyed.count(), 'none of the domains is hers');
      await visible(greyed.first().getByText(NOT_GRANTED), 'the reason in words');
      assert.equal(await page.getByRole('link', { name: 'demo-hosting.ch', exact: true }).count(), 0, 'no way in');
      // The batch bar: selecting all works, blocking is refused with the reason.
      await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
      await visible(page.getByText(/produits sélectionnés/), 'the selection count');
      assert.ok(await page.getByRole('button', { name: 'Bloquer la gestion', exact: true }).isDisabled());
      await assertFits(page, 'the domains list');

      // The granted product's dashboard.
      await page.goto(page.url().replace(/\/products\/domain$/, '/products/mail_service'));
      await visible(page.getByRole('link', { name: 'Mail demo-hosting.ch', exact: true }), 'the mail list again');
      await page.getByRole('link', { name: 'Mail demo-hosting.ch', exact: true }).click();
      await visible(page.getByRole('heading', { name: 'Mail demo-hosting.ch' }), 'the dashboard');
      await visible(page.getByRole('button', { name: /maintenance/ }), 'maintenance, hers to switch');
      assert.ok(await page.getByRole('button', { name: 'Résilier' }).isDisabled(), 'terminating is for managers');
      await assertFits(page, 'the dashboard');
    });
  }
});

test('a legal representative terminates a product only through the emailed link', async () => {
  const targets = { 390: ['nas', 'Office NAS'], 1280: ['domain', 'demo-hosting.fr'] };
  for (const viewport of VIEWPORTS) {
    const [kind, name] = targets[viewport.width];
    await story(`terminate-${viewport.width}`, viewport, async (page) => {
      await signIn(page, 'marie@demo.orga.test');
      const org = new URL(page.url()).pathname.match(/^\/o\/([^/]+)/)[1];
      await page.goto(`${suite.server.base}/o/${org}/products/${kind}`);
      await page.getByRole('link', { name, exact: true }).click();
      await visible(page.getByRole('heading', { name }), 'the dashboard');
      await page.getByRole('button', { name: 'Résilier' }).click();
      const dialog = page.getByRole('dialog', { name: `Résilier ${name} ?` });
      await visible(dialog.getByText(/supprime définitivement les sauvegardes/), 'the warning');
      await visible(dialog.getByText(/frais en cours restent dus/), 'open charges remain due');
      await assertFits(page, 'the dialog');
      await dialog.getByRole('button', { name: "M'envoyer le lien de confirmation" }).click();
      await visible(page.getByText(/Consultez vos emails/), 'check your email');
      // Nothing changed yet.
      await page.reload();
      await visible(page.getByRole('heading', { name }), 'the dashboard again');
      await visible(page.locator('dd', { hasText: 'Actif' }), 'still active');
      // The link from the development mail viewer.
      const mail = await lastMailTo(suite.server.base, 'marie@demo.orga.test');
      assert.match(mail.subject, /résiliation/);
      assert.ok(mail.link?.includes('/confirm-termination#token='), mail.body);
      await page.goto(mail.link);
      await visible(page.getByText(`${name} est résilié.`), 'terminated');
      assert.ok(!page.url().includes('token='), 'the secret left the address bar');
      // Used once only (a fresh page load: the same address with a fragment would not reload).
      await page.goto('about:blank');
      await page.goto(mail.link);
      await visible(page.getByRole('alert'), 'a used link is refused');
      await page.goto(`${suite.server.base}/o/${org}/products/${kind}`);
      await visible(page.getByRole('heading', { level: 1 }), 'the list');
      // The list has loaded (its rows, or the line saying there are none).
      await visible(page.locator('ul.products, p.muted').first(), 'the list loaded');
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 0, 'gone from the list');
    });
  }
});

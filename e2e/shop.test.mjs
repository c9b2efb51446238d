// The shop (BIL-1, BIL-2) at 390×844 and 1280×800, on the demo data: a legal
// representative puts a domain in the cart, applies the promo code after choosing the
// prepaid balance, orders, reads the confirmation with its invoice number, and finds the
// new domain among the organization's domains; the cart is empty afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { visible, assertFits, demoSuite, artifacts } from './harness.mjs';

const suite = demoSuite('shop');
const { signIn, story } = suite;
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];

test('a legal representative orders a domain with a promo code, paid from the balance', async () => {
  for (const viewport of VIEWPORTS) {
    const domain = `boutique-e2e-${viewport.width}.ch`;
    await story(`order-${viewport.width}`, viewport, async (page) => {
      await signIn(page, 'marie@demo.orga.test');
      const org = new URL(page.url()).pathname.match(/^\/o\/([^/]+)/)[1];
      await page.goto(`${suite.server.base}/shop`);
      await visible(page.getByRole('heading', { level: 1, name: 'Boutique' }), 'the shop');
      await page.getByLabel('Nom de domaine').fill(domain);
      await page.getByRole('button', { name: 'Ajouter au panier', exact: true }).click();
      await visible(page.getByText('Ajouté au panier.'), 'added');
      await assertFits(page, 'the shop');
      await page.getByRole('link', { name: 'Voir le panier' }).click();

      await visible(page.getByRole('heading', { level: 1, name: 'Panier' }), 'the cart');
      await visible(page.getByText(domain).first(), 'the domain in the cart');
      await page.getByLabel('Code promo').fill('welcome10');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await visible(page.getByText(/Code WELCOME10 : −/), 'the code applied');
      await assertFits(page, 'the cart');
      await page.getByRole('button', { name: 'Commander', exact: true }).click();
      const done = page.getByRole('status').filter({ hasText: 'Merci : votre commande est confirmée.' });
      await visible(done, 'the order confirmed');
      assert.match(await done.textContent(), /Facture F-/);
      await assertFits(page, 'the confirmation');
      await page.screenshot({ path: join(artifacts, `shop-${viewport.width}-ordered.png`), fullPage: true });

      // The new domain is the organization's now.
      await page.goto(`${suite.server.base}/o/${org}/products/domain`);
      await visible(page.getByRole('link', { name: domain, exact: true }), 'the new domain in the list');
      // And the cart is empty again.
      await page.goto(`${suite.server.base}/shop/cart`);
      await visible(page.getByText('Votre panier est vide.'), 'the emptied cart');
      assert.equal(await page.getByRole('link', { name: 'Continuer mes achats' }).count(), 1, 'one way back');
    });
  }
});

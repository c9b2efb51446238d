// "My organizations" in a browser, on a phone and on a desktop (ORG-1, ORG-2, ORG-6,
// ORG-7): a member of the demo organization creates a second organization and lands in
// it, switches between the two through the switcher (the address follows: /o/<id>),
// then leaves the demo organization after a confirmation; the last legal representative
// of the new one is told why they cannot leave it. The demo's legal representative sees,
// on the delete page, every condition that still stands in the way. The demo's people
// read French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visible, assertFits as noSidewaysScroll, demoSuite } from './harness.mjs';

const suite = demoSuite('orgs');
const { signIn, story } = suite;

const orgIdOf = (url) => new URL(url).pathname.match(/^\/o\/([^/]+)/)?.[1];

test('deleting an organization that still has members and a product shows each condition', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await story(`delete-${viewport.width}`, viewport, async (page) => {
      await signIn(page, 'marie@demo.orga.test');
      await page.getByRole('button', { name: 'Menu du compte' }).click();
      await page.getByRole('menuitem', { name: 'Mes Organisations' }).click();
      await visible(page.getByRole('heading', { name: 'Mes Organisations' }), 'my organizations');
      await page.getByRole('link', { name: 'Supprimer Demo Hosting SA' }).click();
      await visible(page.getByRole('heading', { name: 'Supprimer Demo Hosting SA' }), 'delete page');
      assert.match(new URL(page.url()).pathname, /^\/o\/[^/]+\/delete$/);
      await visible(page.getByText("7 produits ne sont pas résiliés : résiliez-les d'abord."), 'the product condition');
      await visible(page.getByText("3 autres membres font encore partie de l'Organisation"), 'the members condition');
      await visible(page.getByRole('link', { name: 'Voir les utilisateurs' }), 'the way to meet it');
      assert.equal(await page.getByLabel('Mot de passe').count(), 0, 'no deletion offered while a condition stands');
      await noSidewaysScroll(page, 'delete page');
    });
  }
});

for (const [who, viewport] of [
  ['paul@demo.orga.test', { width: 390, height: 844 }],
  ['chloe@demo.orga.test', { width: 1280, height: 800 }],
]) {
  test(`${who} creates an organization, switches between both and leaves one at ${viewport.width} px`, async () => {
    await story(`create-${viewport.width}`, viewport, async (page) => {
      await signIn(page, who);
      const demoId = orgIdOf(page.url());
      assert.ok(demoId, `the home page names its organization: ${page.url()}`);
      await page.goto(`${suite.server.base}/organizations`);
      await visible(page.getByRole('heading', { name: 'Mes Organisations' }), 'my organizations');
      await visible(page.getByRole('link', { name: 'Ouvrir Demo Hosting SA' }), 'the demo organization listed');
      await noSidewaysScroll(page, 'my organizations');

      // Create: the currency follows the country.
      const name = `Atelier ${viewport.width}`;
      await page.getByLabel("Nom de l'Organisation").fill(name);
      await page.getByLabel("Type d'Organisation").selectOption('association');
      await page.getByLabel('Pays').selectOption('FR');
      await visible(page.getByText('Les factures seront en EUR'), 'euros for France');
      await page.getByLabel('Pays').selectOption('LI');
      await visible(page.getByText('Les factures seront en CHF'), 'francs for Liechtenstein');
      await page.getByRole('button', { name: "Créer l'Organisation" }).click();
      await page.waitForURL((url) => /^\/o\/[^/]+$/.test(url.pathname) && orgIdOf(url.href) !== demoId);
      const newId = orgIdOf(page.url());
      await visible(page.getByRole('button', { name: new RegExp(`^${name}\\W+changer d'Organisation$`) }), 'the new one is current');

      // Switch to the demo organization and back: the address follows.
      await page.getByRole('button', { name: /changer d'Organisation$/ }).click();
      await page.getByRole('menuitemradio', { name: /Demo Hosting SA/ }).click();
      await page.waitForURL((url) => orgIdOf(url.href) === demoId);
      await visible(page.getByRole('button', { name: /^Demo Hosting SA\W+changer d'Organisation$/ }), 'switched');
      await page.getByRole('button', { name: /changer d'Organisation$/ }).click();
      await page.getByRole('menuitemradio', { name: new RegExp(name) }).click();
      await page.waitForURL((url) => orgIdOf(url.href) === newId);

      // Leave the demo organization; the new one cannot be left by its only legal representative.
      await page.goto(`${suite.server.base}/organizations`);
      const leaveOwn = page.getByRole('button', { name: `Quitter ${name}` });
      await visible(leaveOwn, 'leave button of the new organization');
      assert.ok(await leaveOwn.isDisabled(), 'the last legal representative cannot leave');
      await visible(page.getByText('Vous êtes le dernier responsable légal'), 'and is told why');
      await page.getByRole('button', { name: 'Quitter Demo Hosting SA' }).click();
      const dialog = page.getByRole('dialog', { name: 'Quitter Demo Hosting SA ?' });
      await visible(dialog, 'the confirmation');
      await dialog.getByRole('button', { name: "Quitter l'Organisation" }).click();
      await visible(page.getByText('Vous avez quitté Demo Hosting SA.'), 'the confirmation message');
      // The list is asked again after the answer: the organization leaves it shortly after.
      await page.getByRole('link', { name: 'Ouvrir Demo Hosting SA' }).waitFor({ state: 'detached', timeout: 10000 });
      assert.equal(await page.getByRole('link', { name: 'Ouvrir Demo Hosting SA' }).count(), 0);
      await visible(page.getByRole('button', { name: new RegExp(`^${name}\\W+changer d'Organisation$`) }), 'working in the other one');
      await noSidewaysScroll(page, 'after leaving');

      // The demo organization is no longer theirs.
      await page.goto(`${suite.server.base}/o/${demoId}`);
      await visible(page.getByRole('heading', { name: "Cette Organisation n'est pas accessible" }), 'refused');
    });
  });
}

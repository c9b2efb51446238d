// "Manage my profile" in a browser (ACC-3, ACC-5, ACC-8, ACC-13): the badge menu shows
// the login email in use and leads to the profile; a collaborator changes the password
// while the meter, asking the server's full policy, refuses a keyboard walk; the
// profile switches to English and back to French at once; the demo's last legal
// representative is told why the account cannot be closed before trying. One run on a
// phone (390×844), one on a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visible, assertFits as noSidewaysScroll, demoSuite, DEMO_PASSWORD } from './harness.mjs';

const suite = demoSuite('profile');
const { signIn, story } = suite;

async function openProfile(page, email) {
  await page.getByRole('button', { name: 'Menu du compte' }).click();
  await visible(page.getByText(email, { exact: true }).first(), 'the login email in the badge menu');
  await page.getByRole('menuitem', { name: 'Gérer mon profil' }).click();
  await visible(page.getByRole('heading', { name: 'Gérer mon profil', level: 1 }), 'the profile page');
}

test('the last legal representative learns why the account cannot be closed, at 390 px', async () => {
  await story('close-390', { width: 390, height: 844 }, async (page) => {
    await signIn(page, 'marie@demo.orga.test');
    await openProfile(page, 'marie@demo.orga.test');
    await visible(page.getByTestId('login-email').getByText('marie@demo.orga.test'), 'the login email on the page');
    const close = page.getByRole('region', { name: 'Fermer mon compte' });
    await visible(close.getByText('Vous ne pouvez pas encore fermer votre compte'), 'the reason');
    await visible(close.getByText('Demo Hosting SA'), 'the blocking organization');
    assert.equal(await close.getByLabel('Mot de passe actuel').count(), 0, 'no closing offered while blocked');
    await noSidewaysScroll(page, 'profile');
  });
});

test('a new password is checked by the meter, changed, and the other sessions signed out', async () => {
  await story('password-1280', { width: 1280, height: 800 }, async (page) => {
    await signIn(page, 'chloe@demo.orga.test');
    await openProfile(page, 'chloe@demo.orga.test');
    const panel = page.getByRole('region', { name: 'Mot de passe' });
    await panel.getByLabel('Nouveau mot de passe').fill('qwertyuiop123456');
    await visible(panel.getByText('trop courant ou trop facile à deviner'), "the server's refusal under the field");
    await visible(panel.getByText('Robustesse : Refusé'), 'the meter at zero');
    await panel.getByLabel('Nouveau mot de passe').fill('violet tractor hums at dusk');
    await visible(panel.getByText(/Robustesse : (Bon|Excellent)/), 'the meter accepts a pass-phrase');
    await panel.getByLabel('Mot de passe actuel').fill(DEMO_PASSWORD);
    await panel.getByRole('button', { name: 'Modifier le mot de passe' }).click();
    await visible(panel.getByText('Votre mot de passe a été modifié.'), 'changed');
    await panel.getByRole('button', { name: 'Déconnecter toutes les autres sessions' }).click();
    await visible(panel.getByText('Toutes les autres sessions ont été déconnectées.'), 'the others signed out');
  });
});

test('the profile follows the language chosen on it', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await story(`language-${viewport.width}`, viewport, async (page) => {
      await signIn(page, 'paul@demo.orga.test');
      await openProfile(page, 'paul@demo.orga.test');
      const region = page.getByRole('region', { name: 'Langue et région' });
      await region.getByLabel('Langue').selectOption('en');
      await visible(page.getByRole('heading', { name: 'Manage my profile', level: 1 }), 'the profile in English');
      await visible(page.getByRole('heading', { name: 'Close my account' }), 'every panel in English');
      await page.reload();
      await visible(page.getByRole('heading', { name: 'Manage my profile', level: 1 }), 'remembered on the account');
      await page.getByRole('region', { name: 'Language and region' }).getByLabel('Language').selectOption('fr');
      await visible(page.getByRole('heading', { name: 'Gérer mon profil', level: 1 }), 'the profile in French');
      await visible(page.getByRole('heading', { name: 'Actualités Orga' }), 'the newsletter panel in French');
      await noSidewaysScroll(page, 'profile in French');
    });
  }
});

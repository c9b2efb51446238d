// Running an organization's members from a phone and a desktop (MEM-1, MEM-2, MEM-5,
// MEM-7, SEC-9): an administrator invites a collaborator with billing rights, the
// person joins, gets access to one product, changes role, is found by the filters,
// blocked (and refused at once) then unblocked, and removed with the password and the
// confirmation box. On a desktop the list has column headings and the batch actions.
// The demo's people read French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastMailTo, visible, assertFits as fits, demoSuite, DEMO_PASSWORD } from './harness.mjs';

const PASSWORD = 'blue tractor sings at noon';
const suite = demoSuite('members');
const { signIn, story } = suite;

async function openMembers(page) {
  await page.waitForURL(/\/o\/[^/]+$/);
  await page.goto(`${page.url().replace(/\/$/, '')}/members`);
  await visible(page.getByRole('heading', { name: 'Utilisateurs de Demo Hosting SA' }), 'members page');
}

async function memberAction(page, name, action) {
  await page.getByRole('button', { name: `Actions pour ${name}` }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

test('an administrator on a phone runs a member from invitation to removal', async () => {
  await story('phone', { width: 390, height: 844 }, async (page, context) => {
    const email = 'nina.long-address-for-a-small-screen@example-customer.test';
    await signIn(page, 'paul@demo.orga.test');
    await openMembers(page);

    // Invite with billing rights; the invitation shows when it expires.
    await page.getByRole('button', { name: 'Inviter un utilisateur' }).click();
    const invite = page.getByRole('dialog', { name: 'Inviter un utilisateur' });
    await invite.getByLabel('Adresse e-mail').fill(email);
    await invite.getByRole('radio', { name: /^Collaborateur/ }).check();
    await invite.getByRole('checkbox', { name: /Droits de facturation/ }).check();
    await invite.getByRole('checkbox', { name: 'demo-hosting.ch', exact: true }).check();
    await invite.getByRole('button', { name: "Envoyer l'invitation" }).click();
    await visible(page.getByText(`Invitation envoyée à ${email}.`), 'invitation notice');
    await visible(page.getByText(/^expire le /), 'the expiry of the pending invitation');
    await fits(page, 'list with a long pending address');

    // Nina joins through the emailed link.
    const nina = await context.browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    const ninaPage = await nina.newPage();
    const mail = await lastMailTo(suite.server.base, email);
    await ninaPage.goto(mail.link);
    await ninaPage.getByLabel('First name').fill('Nina');
    await ninaPage.getByLabel('Last name').fill('Neuer');
    await ninaPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await ninaPage.getByRole('button', { name: 'Create my account and join' }).click();
    await visible(ninaPage.getByText('Your role in Demo Hosting SA: Collaborator.'), 'Nina is in');

    // The role filter finds her; she has billing rights.
    await page.reload();
    await page.getByLabel('Rôle', { exact: true }).selectOption('collaborator');
    await page.waitForURL(/role=collaborator/);
    await visible(page.getByText('2 membres', { exact: true }), 'two collaborators');
    await visible(page.getByText(email), 'Nina in the list');
    await fits(page, 'filtered list');

    // The invitation gave access to one product; the security emails are turned on.
    await memberAction(page, 'Nina Neuer', 'Autorisations');
    const perms = page.getByRole('dialog', { name: 'Autorisations de Nina Neuer' });
    assert.ok(await perms.getByRole('checkbox', { name: /Droits de facturation/ }).isChecked(), 'billing rights from the invitation');
    const product = perms.getByRole('checkbox', { name: 'demo-hosting.ch', exact: true });
    await visible(product, 'the product list');
    assert.ok(await product.isChecked(), 'product access from the invitation');
    await perms.getByRole('checkbox', { name: 'E-mails de sécurité' }).check();
    await perms.getByRole('button', { name: 'Enregistrer' }).click();
    await visible(page.getByText('Les autorisations de Nina Neuer sont enregistrées. Un e-mail l\'en a informé.'), 'saved');

    // Her role changes; the filter follows.
    await page.getByLabel('Rôle', { exact: true }).selectOption('');
    await visible(page.getByText('5 membres', { exact: true }), 'every member again');
    await memberAction(page, 'Nina Neuer', 'Modifier le rôle');
    const change = page.getByRole('dialog', { name: 'Modifier le rôle de Nina Neuer' });
    await change.getByRole('radio', { name: /^Utilisateur externe/ }).check();
    await change.getByRole('button', { name: 'Enregistrer' }).click();
    await visible(page.getByText(/Nina Neuer est désormais Utilisateur externe/), 'role changed');

    // Blocked: she is refused at once, and the "blocked" filter shows her.
    await memberAction(page, 'Nina Neuer', 'Bloquer');
    await visible(page.getByText(/Nina Neuer est bloqué/), 'blocked notice');
    await page.getByLabel('Afficher').selectOption('blocked');
    await visible(page.getByText('1 membre', { exact: true }), 'one blocked member');
    await visible(page.getByRole('listitem').filter({ hasText: email }).getByText('Bloqué', { exact: true }), 'the blocked badge');
    await ninaPage.reload();
    await visible(ninaPage.getByText(/access to this organization is blocked/), 'Nina is told she is blocked');
    await memberAction(page, 'Nina Neuer', 'Débloquer');
    await visible(page.getByText(/Nina Neuer est débloqué/), 'unblocked notice');
    await ninaPage.reload();
    await visible(ninaPage.getByText('Your role in Demo Hosting SA: External user.'), 'Nina is back');

    // Removed with the password and the confirmation box; her product access ends.
    await page.getByLabel('Afficher').selectOption('');
    await visible(page.getByText('5 membres', { exact: true }), 'every member again');
    await memberAction(page, 'Nina Neuer', "Retirer de l'Organisation");
    const remove = page.getByRole('dialog', { name: 'Retirer Nina Neuer ?' });
    await visible(remove.getByText(/Ce membre gère 1 produit/), 'what happens to the product access');
    await remove.getByLabel('Votre mot de passe, pour confirmer').fill(DEMO_PASSWORD);
    await remove.getByRole('checkbox', { name: /Je comprends/ }).check();
    await fits(page, 'remove dialog');
    await remove.getByRole('button', { name: 'Retirer', exact: true }).click();
    await visible(page.getByText("Nina Neuer ne fait plus partie de l'Organisation."), 'removed');
    await ninaPage.reload();
    await visible(ninaPage.getByText(/not a member of this organization/), 'Nina is refused at her next request');
    await nina.close();
  });
});

test('on a desktop the list has column headings and batch actions', async () => {
  await story('desktop', { width: 1280, height: 800 }, async (page) => {
    await signIn(page, 'marie@demo.orga.test');
    await openMembers(page);
    for (const heading of ['Nom', 'Rôle', 'Actions']) {
      await visible(page.locator('.member-head').getByText(heading, { exact: true }), `column ${heading}`);
    }
    await page.getByRole('checkbox', { name: 'Sélectionner Chloé Bernard' }).check();
    await page.getByRole('checkbox', { name: 'Sélectionner Eric Keller' }).check();
    await visible(page.getByText('2 membres sélectionnés'), 'selection count');
    await page.getByLabel('Action pour la sélection').selectOption('block');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await visible(page.getByText('Fait pour 2 membres.'), 'batch done');
    await page.getByLabel('Afficher').selectOption('blocked');
    await visible(page.getByText('2 membres', { exact: true }), 'two blocked');
    await page.getByRole('checkbox', { name: 'Sélectionner Chloé Bernard' }).check();
    await page.getByRole('checkbox', { name: 'Sélectionner Eric Keller' }).check();
    await page.getByLabel('Action pour la sélection').selectOption('unblock');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await visible(page.getByText('Fait pour 2 membres.'), 'batch undone');
    await visible(page.getByText('0 membre', { exact: true }), 'nobody blocked any more');
  });
});

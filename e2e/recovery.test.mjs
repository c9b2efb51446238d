// A forgotten password, as the person lives it: from the sign-in page, "Forgot your
// password?", the login email, the link by email; the emailed link (in the account's
// language, French) opens the new-password page, where the person switches to French;
// then sign-in with the new password. On a 360 px phone: nothing scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastMailTo, visible, assertFits, demoSuite, DEMO_PASSWORD } from './harness.mjs';

const suite = demoSuite('recovery');
const NEW_PASSWORD = 'seven quiet herons fishing at dawn';

test('a forgotten password is reset from the emailed link, partly in French (360x740)', async () => {
  await suite.story('reset', { width: 360, height: 740 }, async (page) => {
    const base = suite.server.base;
    await page.goto(`${base}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await visible(page.getByRole('heading', { name: 'Reset your password' }), 'forgotten-password page');
    await page.getByLabel('Login email').fill('marie@demo.orga.test');
    assert.equal(await page.getByRole('radio', { name: /a link by email/ }).isChecked(), true, 'the link is the default');
    await assertFits(page, 'forgotten-password page');
    await page.getByRole('button', { name: 'Send' }).click();
    await visible(page.getByText(/If an account uses this login email, a link/), 'link-sent notice');

    // The email is in Marie's language (French); the secret travels in the fragment.
    const mail = await lastMailTo(base, 'marie@demo.orga.test');
    assert.equal(mail.subject, 'Définir un nouveau mot de passe Orga');
    assert.match(mail.link, /\/reset-password#token=/);
    await page.goto(mail.link);
    await visible(page.getByRole('heading', { name: 'Choose a new password' }), 'new-password page');
    assert.ok(!page.url().includes('token'), `the secret left the address bar: ${page.url()}`);

    // She reads French better: the page follows at once.
    await page.getByLabel('Language').selectOption('fr');
    await visible(page.getByRole('heading', { name: 'Choisissez un nouveau mot de passe' }), 'page in French');
    await page.getByLabel('Nouveau mot de passe').fill('court');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await visible(page.getByRole('alert'), 'the policy refuses a short password');
    await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
    await assertFits(page, 'new-password page');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await visible(page.getByText(/Votre mot de passe a été modifié/), 'reset done');

    // The old password no longer works; the new one does.
    await page.getByRole('link', { name: 'Retour à la connexion' }).click();
    await page.getByLabel('Adresse e-mail').fill('marie@demo.orga.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await visible(page.getByRole('alert').or(page.locator('.notice.error')), 'old password refused');
    await page.getByLabel('Mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await visible(page.getByRole('heading', { name: /^Bienvenue, Marie/ }), 'signed in with the new password');

    // The emailed link works once.
    const again = await page.context().newPage();
    await again.goto(mail.link);
    await again.getByLabel(/Nouveau mot de passe|New password/).fill('another long pass phrase here');
    await again.getByRole('button', { name: /Enregistrer le nouveau mot de passe|Save the new password/ }).click();
    await visible(again.getByText(/Ce lien n'est plus valable|This link is no longer valid/), 'used link refused');
  });
});

// The last resort: an identity-verification request. A text file named like an image is
// refused by its content, next to the field; a real image is accepted and the reference
// shown; the person gets the first email of the request. Forgotten login fits too.
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

test('an identity-verification request refuses a fake image and accepts a real one (360x740)', async () => {
  await suite.story('identity', { width: 360, height: 740 }, async (page) => {
    const base = suite.server.base;
    await page.goto(`${base}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your login email?' }).click();
    await visible(page.getByRole('heading', { name: 'Find your login email' }), 'forgotten-login page');
    await assertFits(page, 'forgotten-login page');
    await page.getByRole('link', { name: /Ask for an identity check/ }).click();
    await visible(page.getByRole('heading', { name: 'Identity verification' }), 'identity page');
    await page.getByLabel('First name').fill('Marie');
    await page.getByLabel('Last name').fill('Martin');
    await page.getByLabel('Email where we can reach you').fill('marie.private@example.org');
    await page.getByLabel('Login email of the account, if you know it').fill('marie@demo.orga.test');
    await page.getByLabel('What did you lose?').selectOption('mailbox');
    const documentField = page.getByLabel(/Identity document/);
    await documentField.setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: Buffer.from('just some text') });
    await page.getByRole('button', { name: 'Send the request' }).click();
    await visible(page.getByText(/The file is not a PNG, JPEG or PDF document/), 'fake image refused');
    assert.equal(await documentField.getAttribute('aria-invalid'), 'true');
    await assertFits(page, 'identity page');
    await documentField.setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1x1, 'base64') });
    await page.getByRole('button', { name: 'Send the request' }).click();
    await visible(page.getByText(/Your request has been received. Its reference is IV-/), 'request received');
    const mail = await lastMailTo(base, 'marie.private@example.org');
    assert.match(mail.subject, /Your identity verification request IV-/);
  });
});

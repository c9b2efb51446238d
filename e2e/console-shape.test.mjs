// The console's shape as a user feels it, on the demo organization: the shell stays in
// place between pages, each page has its title, the member search lives in the URL and
// never shows the answer to an older query, dialogs give focus back, external users are
// not offered a member directory, and the client's files come precompressed and cached.
// The demo's people read French: the console follows their account's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { navTo, openNav, visible, demoSuite, DEMO_PASSWORD } from './harness.mjs';

const suite = demoSuite('shape');
const { signIn, story } = suite;

test('the shell stays mounted, pages are titled, and the search lives in the URL', async () => {
  await story('shell', { width: 390, height: 844 }, async (page) => {
    await signIn(page, 'marie@demo.orga.test');
    assert.equal(await page.title(), 'Accueil · Orga');
    // Mark the header element: if navigation rebuilt the shell, the mark would be gone.
    await page.evaluate(() => { document.querySelector('header.topbar').dataset.mark = 'kept'; });
    await navTo(page, 'Utilisateurs');
    await visible(page.getByRole('heading', { name: 'Utilisateurs de Demo Hosting SA' }), 'members page');
    assert.equal(await page.title(), 'Utilisateurs · Orga');
    assert.equal(await page.evaluate(() => document.querySelector('header.topbar')?.dataset.mark), 'kept');
    await visible(page.getByText('4 membres'), 'plural count');

    await page.getByRole('searchbox', { name: 'Rechercher par nom ou e-mail' }).fill('paul');
    await page.waitForURL(/\/members\?q=paul$/);
    await visible(page.getByText('1 membre', { exact: true }), 'singular count');
    // A reload (or a shared link) shows the same search.
    await page.reload();
    await visible(page.getByText('paul@demo.orga.test'), 'search result after reload');
    assert.equal(await page.getByRole('searchbox', { name: 'Rechercher par nom ou e-mail' }).inputValue(), 'paul');
    assert.equal(await page.getByText('chloe@demo.orga.test').count(), 0);
  });
});

test('a late answer to an older search is never shown', async () => {
  await story('stale', { width: 1280, height: 800 }, async (page) => {
    await signIn(page, 'marie@demo.orga.test');
    await navTo(page, 'Utilisateurs');
    await visible(page.getByText('4 membres'), 'full list');
    // The answer for "chlo" is held back until after the answer for "eric" arrived.
    let releaseOld;
    const oldHeld = new Promise((r) => { releaseOld = r; });
    let oldSeen = false;
    await page.route('**/api/members/list', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (body.search === 'chlo') {
        oldSeen = true;
        await oldHeld;
      }
      await route.continue();
    });
    const search = page.getByRole('searchbox', { name: 'Rechercher par nom ou e-mail' });
    await search.fill('chlo');
    await page.waitForURL(/q=chlo/);
    await search.fill('eric');
    // The newer answer is on screen: one member, Eric (the full list had him too).
    await visible(page.getByText('1 membre', { exact: true }), 'the newer answer');
    await visible(page.getByText('eric@demo.orga.test'), 'the newer answer');
    assert.ok(oldSeen, 'the older query was sent');
    // Let the old answer through, wait until the page has it, then two frames: had the
    // page used it, it would be on screen by then.
    const oldAnswer = page.waitForResponse((r) => r.url().endsWith('/api/members/list')
      && JSON.parse(r.request().postData() ?? '{}').search === 'chlo');
    releaseOld();
    await (await oldAnswer).finished();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.getByText('chloe@demo.orga.test').count(), 0, 'the older answer is not shown');
    await visible(page.getByText('eric@demo.orga.test'), 'the newer answer, still');
  });
});

test('closing the change-role dialog with Escape gives focus back to the member menu button', async () => {
  await story('focus', { width: 1280, height: 800 }, async (page) => {
    await signIn(page, 'marie@demo.orga.test');
    await navTo(page, 'Utilisateurs');
    await page.getByRole('button', { name: 'Actions pour Paul Durand' }).click();
    await page.getByRole('menuitem', { name: 'Modifier le rôle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modifier le rôle de Paul Durand' });
    await visible(dialog, 'change-role dialog');
    // Demoting an administrator says what else changes.
    await dialog.getByRole('radio', { name: /^Collaborateur/ }).check();
    await visible(dialog.getByText('Avec ce rôle, les droits de facturation et les e-mails administratifs sont désactivés.'), 'consequence');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Actions pour Paul Durand');
    assert.equal(await dialog.count(), 0);
  });
});

test('an external user is not offered the member directory', async () => {
  await story('external', { width: 390, height: 844 }, async (page) => {
    await signIn(page, 'eric@demo.orga.test');
    await visible(page.getByText('Votre rôle dans Demo Hosting SA : Utilisateur externe.'), 'role line');
    await openNav(page);
    assert.equal(await page.getByRole('link', { name: 'Utilisateurs' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Gérer mon Organisation' }).count(), 0);
  });
});

test('the client is served precompressed, hashed files cached for good, the page revalidated', async () => {
  const html = await fetch(`${suite.server.base}/`, { headers: { 'accept-encoding': 'br' } });
  assert.equal(html.headers.get('content-encoding'), 'br');
  assert.equal(html.headers.get('cache-control'), 'no-cache');
  const text = await html.text();
  const wasm = text.match(/\/pkg-[0-9a-f]{16}\/app_bg\.wasm/)?.[0];
  assert.ok(wasm, `the page names its wasm: ${text.slice(0, 500)}`);
  for (const encoding of ['br', 'gzip']) {
    const res = await fetch(`${suite.server.base}${wasm}`, { headers: { 'accept-encoding': encoding } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), encoding);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('content-type'), 'application/wasm');
  }
});

test('every area loaded on demand opens, fetching its part once', async () => {
  await story('lazy', { width: 390, height: 844 }, async (page) => {
    const parts = [];
    page.on('response', (r) => { if (/\/split_[^/]*\.wasm$/.test(r.url())) parts.push([r.url(), r.status(), r.headers()['content-type']]); });
    await signIn(page, 'marie@demo.orga.test');
    assert.equal(parts.length, 0, `the first load fetched no part: ${parts}`);
    await navTo(page, 'Utilisateurs');
    await visible(page.getByRole('heading', { name: 'Utilisateurs de Demo Hosting SA' }), 'members area');
    await page.getByRole('button', { name: 'Menu du compte' }).click();
    await page.getByRole('menuitem', { name: 'Gérer mon profil' }).click();
    await visible(page.getByRole('heading', { name: 'Mon profil' }), 'profile area');
    await page.goto(`${suite.server.base}/dev/mail`);
    await visible(page.getByRole('heading', { name: "Visionneuse d'e-mails (développement)" }), 'mail viewer area');
    const names = parts.map(([url]) => url.split('/').pop());
    for (const area of ['members_area', 'profile_area', 'dev_mail_area']) {  // verify_email_area: first-slice.test.mjs
      assert.ok(names.some((n) => n.includes(area)), `${area} was fetched: ${names}`);
    }
    for (const [url, status, type] of parts) {
      assert.equal(status, 200, url);
      assert.equal(type, 'application/wasm', url);
    }
  });
});

// Last: it changes the demo organization.
test('an administrator removes a member after confirming, and may not remove the legal representative', async () => {
  await story('remove', { width: 390, height: 844 }, async (page) => {
    await signIn(page, 'paul@demo.orga.test');
    await navTo(page, 'Utilisateurs');
    await page.getByRole('button', { name: 'Actions pour Marie Martin' }).click();
    const removeMarie = page.getByRole('menuitem', { name: "Retirer de l'Organisation" });
    assert.equal(await removeMarie.isDisabled(), true);
    await visible(page.getByRole('menu').getByText('Seul un responsable légal peut modifier ou retirer un responsable légal.'), 'the reason');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Actions pour Chloé Bernard' }).click();
    await page.getByRole('menuitem', { name: "Retirer de l'Organisation" }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer Chloé Bernard ?' });
    await visible(dialog.getByText(/ne verra plus Demo Hosting SA/), 'what removal means');
    const confirm = dialog.getByRole('button', { name: 'Retirer', exact: true });
    assert.ok(await confirm.isDisabled(), 'not before the password and the confirmation');
    await dialog.getByLabel('Votre mot de passe, pour confirmer').fill('not the password at all');
    await dialog.getByRole('checkbox', { name: /Je comprends que ce membre perd/ }).check();
    await confirm.click();
    await visible(dialog.getByText(/ce n'est pas votre mot de passe/), 'a wrong password is refused');
    assert.equal(await dialog.getByLabel('Votre mot de passe, pour confirmer').getAttribute('aria-invalid'), 'true');
    await dialog.getByLabel('Votre mot de passe, pour confirmer').fill(DEMO_PASSWORD);
    await confirm.click();
    await visible(page.getByText("Chloé Bernard ne fait plus partie de l'Organisation."), 'confirmation');
    await visible(page.getByText('3 membres'), 'the list reloaded');
    assert.equal(await page.getByText('chloe@demo.orga.test').count(), 0);
  });
});

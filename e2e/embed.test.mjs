// Partner embedding (EMB-1) as a reseller's customer lives it: the demo partner portal
// (another site: http://localhost:<port>, Orga at http://127.0.0.1:<port>) embeds the
// four widgets; Chromium blocks third-party cookies. In the member table widget, Marie
// lists her team, invites someone and changes a role; the iframe follows the widget's
// height (no inner scrollbar) and the portal hears what changed. A page of a site that
// is not in the organization's allowed origins cannot frame the widget, even when it
// names an allowed host. At 390×844 and at 1280×800.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startServer, launchBrowser, freePort, artifacts, visible } from './harness.mjs';

let orga;
let browser;
let portal;
let attacker;
let attackerServer;

before(async () => {
  const port = await freePort();
  orga = await startServer({ seedDemo: true, args: ['--partner-demo', `127.0.0.1:${port}`] });
  portal = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${portal}/`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // A third site, allowed nowhere: it frames the member table, naming the portal as host.
  const attackerPort = await freePort();
  attacker = `http://localhost:${attackerPort}`;
  const orgId = (await (await fetch(`${portal}/`)).text()).match(/data-orga-org="([0-9a-f]+)"/)[1];
  attackerServer = createServer((req, res) => {
    const host = encodeURIComponent(req.url.includes('self') ? attacker : portal);
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><title>Not a partner</title><iframe title="stolen" src="${orga.base}/embed/members?org=${orgId}&host=${host}"></iframe>`);
  }).listen(attackerPort, '127.0.0.1');
  browser = await launchBrowser(['--test-third-party-cookie-phaseout']);
});

after(async () => {
  await browser?.close();
  attackerServer?.close();
  orga?.stop();
});

async function story(name, viewport, body) {
  const context = await browser.newContext({ viewport, locale: 'en-US', hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  try {
    await body(page);
  } catch (e) {
    await page.screenshot({ path: join(artifacts, `embed-${name}-failure.png`), fullPage: true }).catch(() => {});
    throw new Error(`${e.message}\n--- server log ---\n${orga.log().slice(-3000)}`);
  } finally {
    await context.close();
  }
}

for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`in the partner portal, the member table widget lists, invites and changes a role (${label})`, async () => {
    await story(label, viewport, async (page) => {
      await page.goto(`${portal}/?as=marie@demo.orga.test`);
      const frameEl = page.locator('iframe[title="Your team (Orga)"]');
      const team = page.frameLocator('iframe[title="Your team (Orga)"]');
      await visible(team.getByRole('heading', { name: 'Users of Demo Hosting SA' }), 'the member table widget');
      await visible(team.getByText('paul@demo.orga.test'), 'a member of the list');

      // Third-party cookies are blocked in the widget's frame, and it works all the same.
      const frame = page.frames().find((f) => f.url().includes('/embed/members'));
      const stored = await frame.evaluate(() => { document.cookie = 'probe=1; path=/'; return document.cookie; });
      assert.ok(!stored.includes('probe'), `a third-party cookie was stored: ${stored}`);

      // The height message sized the iframe to its content: no inner scrollbar.
      const fits = async () => {
        const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const outer = (await frameEl.boundingBox()).height;
        return { inner, outer };
      };
      let size = await fits();
      for (let i = 0; i < 50 && Math.abs(size.inner - size.outer) > 1; i++) {
        await new Promise((r) => setTimeout(r, 100));
        size = await fits();
      }
      assert.ok(size.outer > 200, `the iframe stayed small: ${JSON.stringify(size)}`);
      assert.ok(Math.abs(size.inner - size.outer) <= 1, `iframe ${size.outer}px for ${size.inner}px of widget`);
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
      assert.equal(scrolls, false, 'the widget scrolls inside its frame');
      const wide = await frame.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(wide, false, 'the widget scrolls sideways');

      // Invite: the widget says so, the portal hears it.
      const email = `new.${label}@example.com`;
      await team.getByLabel('Email address').fill(email);
      await team.getByLabel('Role', { exact: true }).selectOption('collaborator');
      await team.getByRole('button', { name: 'Send the invitation', exact: true }).click();
      await visible(team.getByRole('status').filter({ hasText: `Invitation sent to ${email}.` }), 'the invitation sent');
      await visible(page.locator('#events li', { hasText: 'members: member_invited' }), 'the change message in the portal');
      assert.match(await page.locator('#events').textContent(), new RegExp(email.replace(/\./g, '\\.')));

      // The list, reloaded, shows the pending invitation.
      await visible(team.getByRole('button', { name: `Resend the invitation to ${email}` }), 'the pending invitation');
      // Change a role: Chloé becomes an external user.
      await team.getByLabel('Change the role of Chloé Bernard').selectOption('external');
      await visible(team.getByRole('status').filter({ hasText: 'Chloé Bernard is now External user' }), 'the role changed');
      await visible(page.locator('#events li', { hasText: 'members: role_changed' }), 'the role change in the portal');
      await team.getByLabel('Change the role of Chloé Bernard').selectOption('collaborator');
      await visible(team.getByRole('status').filter({ hasText: 'Chloé Bernard is now Collaborator' }), 'the role back');

      // The other widgets are there, each with its own token.
      const security = page.frameLocator('iframe[title="Account security (Orga)"]');
      await visible(security.getByRole('heading', { name: 'Signed-in sessions' }), 'the security widget');
      const profile = page.frameLocator('iframe[title="Your profile (Orga)"]');
      await visible(profile.getByText('marie@demo.orga.test'), 'the profile widget');
      const orgs = page.frameLocator('iframe[title="Your organizations (Orga)"]');
      await orgs.getByRole('button', { name: /Marie Martin/ }).click();
      await visible(page.locator('#events li', { hasText: 'organization_switcher: organization_selected' }), 'the switch');

      const pageWide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(pageWide, false, 'the portal scrolls sideways');
      await page.screenshot({ path: join(artifacts, `embed-${label}.png`), fullPage: true });
    });
  });
}

test('a site that is not allowed cannot frame the widget, even naming an allowed host', async () => {
  await story('refused', { width: 1280, height: 800 }, async (page) => {
    for (const path of ['/', '/self']) {
      // `goto` waits for the page's load event, which waits for its frame: by then the
      // browser has either shown the widget page or replaced it by its error page.
      await page.goto(`${attacker}${path}`, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, 'no frame at all');
      assert.ok(frame.url().startsWith('chrome-error:'), `the widget page loaded in a foreign site (${path}): ${frame.url()}`);
    }
  });
});

// Starts a fresh Orga server (SQLite in a temporary folder, development mode) and
// Debian's Chromium, for the browser stories.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/// `host: 'localhost'` serves the console under a domain name (its public address too):
/// browsers offer security keys (WebAuthn) to domain names only, never to IP addresses.
export async function startServer({ seedDemo = false, host = '127.0.0.1', args = [] } = {}) {
  const bin = process.env.ORGA_BIN ?? join(here, '..', 'target', 'debug', 'orga');
  const dist = process.env.ORGA_DIST ?? join(here, '..', 'dist');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'orga-e2e-'));
  const child = spawn(bin, ['serve', '--dev', '--bind', `127.0.0.1:${port}`,
    '--database-url', `sqlite://${dir}/orga.db`, '--dist', dist, ...(seedDemo ? ['--seed-demo'] : []),
    ...(host === '127.0.0.1' ? [] : ['--public-url', `http://${host}:${port}`]), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const base = `http://${host}:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return { base, dir, stop: () => child.kill('SIGINT'), log: () => log };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the server did not start:\n${log}`);
}

export async function launchBrowser(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extra],
  });
}

/// A free TCP port on the loopback.
export { freePort };

/// The newest email to `to` in the development outbox, and the first link in it.
export async function lastMailTo(base, to) {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${base}/api/dev/outbox`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
    });
    const mails = await res.json();
    const mail = mails.find((m) => m.to === to);
    if (mail) {
      const link = mail.body.match(/https?:\/\/\S+/)?.[0];
      return { ...mail, link };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no email to ${to}`);
}

/// Opens the header's navigation when it is folded behind the Menu button (phones).
export async function openNav(page) {
  const toggle = page.locator('header.topbar button.nav-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}

/// Follows a link of the header's navigation, on a phone through the Menu button.
export async function navTo(page, name) {
  await openNav(page);
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/// Waits for the first match of `locator` to be visible, naming `what` when it is not.
export async function visible(locator, what) {
  await locator.first().waitFor({ state: 'visible', timeout: 15000 }).catch((e) => {
    throw new Error(`${what} not visible: ${e.message}`);
  });
}

/// No sideways scrolling: the page fits the screen.
export async function assertFits(page, where) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, width: window.innerWidth,
  }));
  if (scroll > width) throw new Error(`${where}: page is ${scroll}px wide on a ${width}px screen`);
}

/// The demo accounts' password (`--seed-demo`).
export const DEMO_PASSWORD = 'orange tractor sings loudly';

/// A test file's server (with the demo data unless `seedDemo` is false) and its browser,
/// started before the tests and stopped after; `story` runs a body in a fresh page
/// (screenshot and server log on failure), `signIn` opens the console as a demo account.
export function demoSuite(prefix, { seedDemo = true, host } = {}) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startServer({ seedDemo, host });
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    suite.server?.stop();
  });
  suite.signIn = async (page, email) => {
    await page.goto(`${suite.server.base}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await visible(page.getByRole('heading', { name: /^Bienvenue, / }), 'home page');
  };
  suite.story = async (name, viewport, body) => {
    const context = await suite.browser.newContext({ viewport, locale: 'en-US' });
    const page = await context.newPage();
    try {
      await body(page, context);
    } catch (e) {
      await page.screenshot({ path: join(artifacts, `${prefix}-${name}-failure.png`), fullPage: true }).catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
    }
  };
  return suite;
}

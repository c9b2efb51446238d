// The console in each of its languages, on a 360×740 phone: the browser's language
// chooses it on the sign-in page, the switcher (each language in its own name) changes it
// and the account remembers it; sign-in, members, security and billing show no sentence
// left in English (read from the catalogue itself, accessible names included), nothing
// scrolls sideways, and money is written the way the locale writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, assertFits, demoSuite, visible, DEMO_PASSWORD } from './harness.mjs';

const suite = demoSuite('languages');
const LANGS = ['en', 'fr', 'de', 'it', 'es'];
const PHONE = { width: 360, height: 740 };

/// Every entry of the catalogue, `{ key, en: [texts], fr: [...], … }`, read from its source.
function catalogue() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'domain', 'src', 'i18n');
  const str = String.raw`"(?:[^"\\]|\\.)*"`;
  const value = String.raw`(${str}|\[\s*${str}\s*,\s*${str}\s*,?\s*\])`;
  const entry = new RegExp(String.raw`(\w+)\s*\{\s*en:\s*${value}\s*,\s*fr:\s*${value}\s*,\s*de:\s*${value}\s*,\s*it:\s*${value}\s*,\s*es:\s*${value}\s*,?\s*\}`, 'g');
  const texts = (v) => [...v.matchAll(new RegExp(str, 'g'))].map((m) => JSON.parse(m[0]));
  const entries = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(entry)) {
      const [, key, ...values] = m;
      entries.push(Object.fromEntries([['key', key], ...LANGS.map((l, i) => [l, texts(values[i])])]));
    }
  }
  return entries;
}

const ENTRIES = catalogue();
const text = (key, lang) => ENTRIES.find((e) => e.key === key)[lang][0];

/// The English sentences a page in `lang` must not show: each entry's English, cut at its
/// placeholders, where the piece has two words or more and the language's own text does
/// not say the same.
function englishLeftovers(lang) {
  const pieces = new Set();
  for (const e of ENTRIES) {
    const own = e[lang].join(' ');
    for (const en of e.en) {
      for (const piece of en.split(/\{\w+\}/)) {
        const p = piece.replace(/\s+/g, ' ').trim().replace(/^[\s:;,.—–-]+|[\s:;,.—–-]+$/g, '');
        if (p.split(' ').length >= 2 && p.length >= 10 && !own.includes(p)) pieces.add(p);
      }
    }
  }
  return [...pieces];
}

/// What the page says, to eyes and to screen readers: its text and its labels.
async function everythingSaid(page) {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)).filter(Boolean));
    return [document.body.innerText, ...attrs, document.title].join('\n').replace(/\s+/g, ' ');
  });
}

async function check(page, lang, where) {
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${where}: <html lang>`);
  if (lang !== 'en') {
    const said = await everythingSaid(page);
    const left = englishLeftovers(lang).filter((p) => said.includes(p));
    assert.deepEqual(left, [], `${where} (${lang}) still says in English`);
  }
  await assertFits(page, `${where} (${lang})`);
  await page.screenshot({ path: join(artifacts, `languages-${lang}-${where}.png`), fullPage: true });
}

/// The balance, as each language writes Swiss francs (the demo organization is Swiss):
/// `CHF 1'234.50` in English, German and Italian, `1 234.50 CHF` in French (a narrow
/// no-break space, and CLDR's point for Swiss French amounts), `1234,50 CHF` in Spanish.
const FRANCS = {
  en: /^CHF\u00a0\d{1,3}('\d{3})*\.\d\d$/,
  de: /^CHF\u00a0\d{1,3}('\d{3})*\.\d\d$/,
  it: /^CHF\u00a0\d+('\d{3})*\.\d\d$/,
  fr: /^\d{1,3}(\u202f\d{3})*\.\d\d\u00a0CHF$/,
  es: /^\d+(\.\d{3})*,\d\d\u00a0CHF$/,
};

/// Chooses `lang` in the header's switcher and waits for the account to keep it.
async function switchTo(page, lang) {
  const kept = page.waitForResponse((r) => r.url().endsWith('/api/profile/set_language') && r.ok());
  await page.locator('header.topbar label.lang select').selectOption(lang);
  await kept;
}

const BROWSER_LOCALE = { en: 'en-GB', fr: 'fr-CH', de: 'de-CH', it: 'it-CH', es: 'es-ES' };

for (const lang of LANGS) {
  test(`${lang}: sign-in, members, security and billing at 360 px, in ${lang} only`, async () => {
    const context = await suite.browser.newContext({ viewport: PHONE, locale: BROWSER_LOCALE[lang] });
    const page = await context.newPage();
    try {
      // The browser's language chooses the sign-in page's.
      await page.goto(`${suite.server.base}/sign-in`);
      await visible(page.getByRole('heading', { name: text('SignInTitle', lang) }), 'sign-in title');
      await check(page, lang, 'sign-in');
      const options = await page.locator('label.lang select option').allTextContents();
      assert.deepEqual(options, ['English', 'Français', 'Deutsch', 'Italiano', 'Español']);

      await page.getByLabel(text('FieldEmail', lang)).fill('marie@demo.orga.test');
      await page.getByLabel(text('FieldPassword', lang), { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: text('SignInButton', lang), exact: true }).click();
      // Marie's account reads French; she switches to this language where she is.
      await page.waitForURL(/\/o\/[^/]+$/);
      const org = new URL(page.url()).pathname.split('/')[2];
      await switchTo(page, lang);
      await visible(page.getByRole('heading', { name: new RegExp('^' + text('HomeWelcome', lang).split('{')[0]) }), 'home page');
      await check(page, lang, 'home');

      await page.goto(`${suite.server.base}/o/${org}/members`);
      await visible(page.getByRole('heading', { name: text('MembersTitle', lang).replace('{org}', 'Demo Hosting SA') }), 'members page');
      await check(page, lang, 'members');

      await page.goto(`${suite.server.base}/security`);
      await visible(page.locator('main h1'), 'security page');
      await check(page, lang, 'security');

      await page.goto(`${suite.server.base}/o/${org}/billing`);
      await visible(page.getByTestId('balance'), 'billing page');
      const balance = (await page.getByTestId('balance').textContent()).trim();
      assert.match(balance, FRANCS[lang], `the balance: ${JSON.stringify(balance)}`);
      await check(page, lang, 'billing');

      await page.goto(`${suite.server.base}/o/${org}/invoices`);
      await visible(page.locator('main h1'), 'invoices page');
      await check(page, lang, 'invoices');
    } catch (e) {
      await page.screenshot({ path: join(artifacts, `languages-${lang}-failure.png`), fullPage: true }).catch(() => {});
      throw new Error(`${e.message}\n--- server log ---\n${suite.server.log().slice(-3000)}`);
    } finally {
      await context.close();
    }
  });
}

test('the account remembers the language chosen in the switcher', async () => {
  const context = await suite.browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.goto(`${suite.server.base}/sign-in`);
    await page.getByLabel('Email address').fill('paul@demo.orga.test');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    await switchTo(page, 'it');
    await visible(page.getByRole('heading', { name: /^Le diamo il benvenuto/ }), 'home in Italian');
    // A new browser (English) signs in: Italian, from the account.
  } finally {
    await context.close();
  }
  const fresh = await suite.browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const again = await fresh.newPage();
  try {
    await again.goto(`${suite.server.base}/sign-in`);
    await again.getByLabel('Email address').fill('paul@demo.orga.test');
    await again.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await again.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(again.getByRole('heading', { name: /^Le diamo il benvenuto/ }), 'home in Italian, from the account');
    assert.equal(await again.evaluate(() => document.documentElement.lang), 'it');
  } finally {
    await fresh.close();
  }
});

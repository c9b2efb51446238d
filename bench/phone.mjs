// A phone opening the member list: 4× slower CPU, 1.6 Mbps down, 750 kbps up, 150 ms
// latency (Chromium's throttling through the DevTools protocol). Prints, for a cold load
// (empty cache) and a warm one (assets cached), the time from navigation to the first
// member row and the bytes transferred. Figures, not a test: `bench/phone.sh`.
import { startServer, launchBrowser } from '../e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const server = await startServer({ seedDemo: true });
const browser = await launchBrowser();

async function measure(context, { throttle }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const start = Date.now();
  await page.goto(`${server.base}/members`);
  await page.locator('li.member').first().waitFor({ state: 'visible', timeout: 60000 });
  const ms = Date.now() - start;
  await page.close();
  return { ms, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const results = { cold: [], warm: [] };
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-CH' });
    // Sign in without throttling: the figure is about opening the list.
    const page = await context.newPage();
    await page.goto(`${server.base}/sign-in`);
    await page.getByLabel('Adresse e-mail').fill('marie@demo.orga.test');
    await page.getByLabel('Mot de passe').fill('orange tractor sings loudly');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /^Bienvenue/ }).waitFor();
    await page.close();
    // Drop what signing in cached, so the first measured load is cold.
    const cdpPage = await context.newPage();
    const cdp = await context.newCDPSession(cdpPage);
    await cdp.send('Network.clearBrowserCache');
    await cdpPage.close();
    results.cold.push(await measure(context, { throttle: true }));
    results.warm.push(await measure(context, { throttle: true }));
    await context.close();
  }
  for (const kind of ['cold', 'warm']) {
    const ms = median(results[kind].map((r) => r.ms));
    const kb = median(results[kind].map((r) => r.bytes)) / 1024;
    console.log(`${kind.padEnd(5)} member rows after ${ms} ms (median of ${RUNS}), ${kb.toFixed(1)} KB transferred; goal 1500 ms: ${(ms / 1500).toFixed(2)}× the goal`);
  }
} finally {
  await browser.close();
  server.stop();
}

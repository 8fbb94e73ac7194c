// The browser half of the end-to-end test (PartnerFlowTest runs it with node): Debian's headless chromium driven
// by playwright-core, as in runtime-image's browser tests. Two checks, chosen by CHECK:
//   preview  the QA reviewer's preview page renders the assistant (PREVIEW_URL)
//   snippet  the customer's page (HOST_PAGE, on the customer's own origin, with the partner's snippets pasted in)
//            loads the widget, which answers QUESTION with text containing EXPECT and a source link to SOURCE;
//            the search box of the search snippet finds SEARCH
// Environment: CHECK SCREENSHOTS [CHROMIUM] [CHROMIUM_ARGS] and the variables of the check.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`set ${name}`);
  return v;
};
const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
// Generous: on a busy machine the runtime's first answers and the scripts' first load take a while.
const TIMEOUT = 60_000;

async function preview(page) {
  await page.goto(env('PREVIEW_URL'));
  await page.getByRole('heading', { name: /QA preview/ }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('button', { name: env('LAUNCHER_LABEL') }).waitFor({ timeout: TIMEOUT });
  await page.screenshot({ path: `${shots}/partner-flow-qa-preview.png`, fullPage: true });
}

async function snippet(page) {
  await page.goto(env('HOST_PAGE'));
  const launcher = page.getByRole('button', { name: env('LAUNCHER_LABEL') });
  await launcher.waitFor({ timeout: TIMEOUT });
  await launcher.click();
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(env('QUESTION'));
  await input.press('Enter');
  const answer = page.locator('.msg.bot', { hasText: env('EXPECT') });
  await answer.waitFor({ timeout: TIMEOUT });
  const source = answer.locator('.sources a').first();
  assert.ok((await source.getAttribute('href')).includes(env('SOURCE')),
    `the answer links its source ${env('SOURCE')}, got ${await source.getAttribute('href')}`);
  console.log(`answer: ${(await answer.innerText()).replace(/\s+/g, ' ')}`);
  await page.screenshot({ path: `${shots}/partner-flow-widget-answer.png` });

  await page.keyboard.press('Escape');
  const box = page.getByRole('combobox', { name: env('SEARCH_LABEL') });
  await box.waitFor({ timeout: TIMEOUT });
  await box.fill(env('SEARCH'));
  await box.press('Enter');
  const hit = page.locator('li.hit').first();
  await hit.waitFor({ timeout: TIMEOUT });
  console.log(`first search hit: ${(await hit.innerText()).replace(/\s+/g, ' ')}`);
  await page.screenshot({ path: `${shots}/partner-flow-search.png` });
}

const checks = { preview, snippet };
const check = checks[env('CHECK')];
if (!check) throw new Error(`CHECK must be one of ${Object.keys(checks).join(', ')}`);

// One flag per line: a flag's value may hold spaces (--host-resolver-rules=MAP host 127.0.0.1:18080).
const extraArgs = env('CHROMIUM_ARGS', '').split('\n').map((a) => a.trim()).filter(Boolean);
const browser = await chromium.launch({
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log(`console error: ${m.text()}`); });
let failed = false;
try {
  await check(page);
  assert.deepEqual(errors, [], 'no script errors on the page');
  console.log(`ok - ${env('CHECK')}`);
} catch (e) {
  failed = true;
  console.log(`not ok - ${env('CHECK')}\n  ${String((e && e.stack) || e).split('\n').join('\n  ')}`);
  await page.screenshot({ path: `${shots}/FAILED-partner-flow-${env('CHECK')}.png` }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

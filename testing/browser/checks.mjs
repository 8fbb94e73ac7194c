// What the browser checks of e2e (partner-flow.mjs) and integrations/wordpress (wordpress.mjs) share: reading
// their environment, asking the widget and using the search box as a visitor does, and running one check in Debian's
// headless chromium. No import of playwright-core here: each caller passes its own (installed by its module's
// `npm ci`), so this file needs no node_modules of its own.
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

/** An environment variable, or `fallback`; throws when neither is there. */
export function env(name, fallback) {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`set ${name}`);
  return v;
}

/** Where screenshots go (SCREENSHOTS), created. */
export function screenshotsDir() {
  const dir = env('SCREENSHOTS');
  mkdirSync(dir, { recursive: true });
  return dir;
}

// Generous: on a busy machine the runtime's first answers and the scripts' first load take a while.
export const TIMEOUT = 60_000;
/** The window of every check's pages (a check that opens another browser context uses it too). */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * Opens the widget on the current page, asks `question` and checks that an answer containing `expect` links
 * `source` (the end of the link). Returns the answer's text.
 */
export async function askTheWidget(page, { launcher, question, expect, source }) {
  const button = page.getByRole('button', { name: launcher });
  await button.waitFor({ timeout: TIMEOUT });
  await button.click();
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(question);
  await input.press('Enter');
  const answer = page.locator('.msg.bot', { hasText: expect });
  await answer.waitFor({ timeout: TIMEOUT });
  const href = await answer.locator('.sources a').first().getAttribute('href');
  assert.ok(href.includes(source), `the answer links its source ${source}, got ${href}`);
  return (await answer.innerText()).replace(/\s+/g, ' ');
}

/** Searches `query` in the search box labelled `label` on the current page; returns the first hit's text. */
export async function searchFor(page, { label, query }) {
  const box = page.getByRole('combobox', { name: label });
  await box.waitFor({ timeout: TIMEOUT });
  await box.fill(query);
  await box.press('Enter');
  const hit = page.locator('li.hit').first();
  await hit.waitFor({ timeout: TIMEOUT });
  return (await hit.innerText()).replace(/\s+/g, ' ');
}

/**
 * Runs the check CHECK of `checks` (name to `async (page, context) => {}`) in Debian's headless chromium (CHROMIUM,
 * extra flags in CHROMIUM_ARGS, one per line: a flag's value may hold spaces), fails it on a script error of a page,
 * prints `ok - <check>` or `not ok - <check>` with the error and a screenshot named `FAILED-<prefix>-<check>.png`,
 * and exits 0 or 1.
 */
export async function runCheck(chromium, checks, prefix) {
  const name = env('CHECK');
  const check = checks[name];
  if (!check) throw new Error(`CHECK must be one of ${Object.keys(checks).join(', ')}`);
  const extraArgs = env('CHROMIUM_ARGS', '').split('\n').map((a) => a.trim()).filter(Boolean);
  const browser = await chromium.launch({
    executablePath: env('CHROMIUM', '/usr/bin/chromium'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') console.log(`console error on ${page.url()}: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) console.log(`HTTP ${r.status()} for ${r.request().method()} ${r.url()}`); });
  let failed = false;
  try {
    await check(page, context);
    assert.deepEqual(errors, [], 'no script errors on the pages');
    console.log(`ok - ${name}`);
  } catch (e) {
    failed = true;
    console.log(`not ok - ${name}\n  ${String((e && e.stack) || e).split('\n').join('\n  ')}`);
    await page.screenshot({ path: `${screenshotsDir()}/FAILED-${prefix}-${name}.png`, fullPage: true })
      .catch(() => {});
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

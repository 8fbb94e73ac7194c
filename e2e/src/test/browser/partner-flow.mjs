// The browser half of the end-to-end test (PartnerFlowTest runs it with node): Debian's headless chromium driven
// by playwright-core, as in runtime-image's browser tests. Three checks, chosen by CHECK:
//   preview  the QA reviewer's preview page renders the assistant (PREVIEW_URL)
//   checklist the preview shows the operator's pre-review checklist (SUMMARY, e.g. 7/7, and the check NAMES,
//            comma-separated) above the site and its live widget (LAUNCHER_LABEL)
//   snippet  the customer's page (HOST_PAGE, on the customer's own origin, with the partner's snippets pasted in)
//            loads the widget, which answers QUESTION with text containing EXPECT and a source link to SOURCE;
//            the search box of the search snippet finds SEARCH
// Environment: CHECK SCREENSHOTS [CHROMIUM] [CHROMIUM_ARGS] and the variables of the check.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { askTheWidget, env, runCheck, screenshotsDir, searchFor, TIMEOUT } from '../../../../testing/browser/checks.mjs';

const shots = screenshotsDir();

async function preview(page) {
  await page.goto(env('PREVIEW_URL'));
  await page.getByRole('heading', { name: /QA preview/ }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('button', { name: env('LAUNCHER_LABEL') }).waitFor({ timeout: TIMEOUT });
  await page.screenshot({ path: `${shots}/partner-flow-qa-preview.png`, fullPage: true });
}

async function snippet(page) {
  await page.goto(env('HOST_PAGE'));
  const answer = await askTheWidget(page, { launcher: env('LAUNCHER_LABEL'), question: env('QUESTION'),
    expect: env('EXPECT'), source: env('SOURCE') });
  console.log(`answer: ${answer}`);
  await page.screenshot({ path: `${shots}/partner-flow-widget-answer.png` });

  await page.keyboard.press('Escape');
  const hit = await searchFor(page, { label: env('SEARCH_LABEL'), query: env('SEARCH') });
  console.log(`first search hit: ${hit}`);
  await page.screenshot({ path: `${shots}/partner-flow-search.png` });
}

async function checklist(page) {
  // The operator writes the checklist into the runtime's ConfigMap when the checks finish; the mounted file
  // follows a little later (the kubelet's refresh), and the page reads it on every load.
  const region = page.getByRole('region', { name: new RegExp(`Pre-review checks: ${env('SUMMARY')} passed`) });
  for (let started = Date.now(); ; ) {
    await page.goto(env('PREVIEW_URL'));
    if (await region.count()) break;
    if (Date.now() - started > 2 * TIMEOUT) throw new Error('no checklist with ' + env('SUMMARY') + ' on the preview');
    await page.waitForTimeout(2000);
  }
  for (const name of env('NAMES').split(',')) {
    await region.locator('li.check', { hasText: name }).first().waitFor({ timeout: TIMEOUT });
  }
  await page.getByRole('button', { name: env('LAUNCHER_LABEL') }).waitFor({ timeout: TIMEOUT });
  const list = await region.boundingBox();
  const site = await page.locator('iframe').boundingBox();
  assert.ok(list.y + list.height <= site.y, 'the checklist is above the site and its widget');
  console.log(`checklist: ${(await region.innerText()).replace(/\s+/g, ' ').slice(0, 300)}`);
  await page.screenshot({ path: `${shots}/partner-flow-qa-checklist.png`, fullPage: true });
}

await runCheck(chromium, { preview, snippet, checklist }, 'partner-flow');

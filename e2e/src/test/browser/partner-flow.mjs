// The browser half of the end-to-end test (PartnerFlowTest runs it with node): Debian's headless chromium driven
// by playwright-core, as in runtime-image's browser tests. Two checks, chosen by CHECK:
//   preview  the QA reviewer's preview page renders the assistant (PREVIEW_URL)
//   snippet  the customer's page (HOST_PAGE, on the customer's own origin, with the partner's snippets pasted in)
//            loads the widget, which answers QUESTION with text containing EXPECT and a source link to SOURCE;
//            the search box of the search snippet finds SEARCH
// Environment: CHECK SCREENSHOTS [CHROMIUM] [CHROMIUM_ARGS] and the variables of the check.
import { chromium } from 'playwright-core';
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

await runCheck(chromium, { preview, snippet }, 'partner-flow');

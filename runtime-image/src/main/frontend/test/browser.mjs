// Browser tests of the widget, the search box and the QA preview in Debian's headless chromium (playwright-core,
// no browser download). Run by BrowserTest (JUnit) with the runtime and a host page of another origin up:
//   RUNTIME_URL HOST_URL WIDGET_KEY SEARCH_KEY PREVIEW_TOKEN SCREENSHOTS [CHROMIUM]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`set ${name}`);
  return v;
};
const runtime = env('RUNTIME_URL');
const host = env('HOST_URL');
const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const hostPage = `${host}?runtime=${encodeURIComponent(runtime)}&wk=${env('WIDGET_KEY')}&sk=${env('SEARCH_KEY')}`;
const TIMEOUT = 30_000;

const browser = await chromium.launch({
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = 0;
async function test(name, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await body(page, context);
    assert.deepEqual(errors, [], 'no script errors on the page');
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e && e.stack || e).split('\n').join('\n  ')}`);
    await page.screenshot({ path: `${shots}/FAILED-${name.replace(/\W+/g, '-')}.png` }).catch(() => {});
  } finally {
    await context.close();
  }
}

async function openWidget(page) {
  await page.goto(hostPage);
  const launcher = page.getByRole('button', { name: 'Chat with Brightside' });
  await launcher.waitFor({ timeout: TIMEOUT });
  await launcher.click();
  return launcher;
}

async function ask(page, question) {
  const input = page.getByRole('textbox', { name: 'Your question' });
  await input.fill(question);
  await input.press('Enter');
}

await test('the widget loads on a page of another origin, answers with its source link', async (page) => {
  const launcher = await openWidget(page);
  assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
  const dialog = page.getByRole('dialog', { name: 'Brightside Family Dental' });
  await dialog.waitFor();
  // Focus moves into the panel; the host page's hostile CSS does not reach the shadow DOM.
  assert.equal(await page.evaluate(() => {
    const host = document.querySelector('[data-xapp-widget]');
    return host.shadowRoot.activeElement && host.shadowRoot.activeElement.getAttribute('placeholder');
  }), 'Ask a question…');
  const font = await dialog.locator('h2').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.ok(!/comic/i.test(font), `widget font is isolated from the host page (got ${font})`);
  await ask(page, 'Where should I park?');
  const answer = page.locator('.msg.bot', { hasText: 'Birch Street' });
  await answer.waitFor({ timeout: TIMEOUT });
  const source = answer.locator('.sources a').first();
  assert.match(await source.getAttribute('href'), /\/contact\.html/);
  assert.equal(await source.getAttribute('rel'), 'noopener noreferrer');
  await page.screenshot({ path: `${shots}/widget-answer.png` });
  // Escape closes the panel and gives focus back to the launcher.
  await page.keyboard.press('Escape');
  assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
  assert.equal(await launcher.evaluate((el) => el.getRootNode().activeElement === el), true);
});

await test('the lead form submits to the runtime', async (page) => {
  await openWidget(page);
  await ask(page, 'connect me with someone');
  await page.getByRole('button', { name: 'Talk to our team' }).click();
  const form = page.getByRole('form', { name: 'Leave your details' });
  await form.getByLabel('Name').fill('Ada Browser');
  await form.getByLabel('Email').fill('ada.browser@example.com');
  await form.getByLabel('Message').fill('Please call me about whitening');
  await form.getByRole('button', { name: 'Send' }).click();
  await page.locator('.msg.bot', { hasText: 'Thanks, Ada Browser!' }).waitFor({ timeout: TIMEOUT });
  await page.screenshot({ path: `${shots}/widget-lead.png` });
});

await test('the booking form books one of the free times, and says what a visitor left out', async (page) => {
  await openWidget(page);
  await ask(page, 'i want to book an appointment');
  await page.getByRole('button', { name: 'Book a visit' }).click();
  const form = page.getByRole('form', { name: 'Book an appointment' });
  await form.getByRole('radio').nth(1).check();
  await form.getByLabel('Name').fill('Grace Browser');
  await form.getByRole('button', { name: 'Book' }).click();
  await form.getByRole('alert').filter({ hasText: 'Please enter an email address or a phone number.' })
    .waitFor({ timeout: TIMEOUT });
  await form.getByLabel('Phone').fill('555-0142');
  await form.getByRole('button', { name: 'Book' }).click();
  await page.locator('.msg.bot', { hasText: 'Thanks, Grace Browser! We have requested' }).waitFor({ timeout: TIMEOUT });
  assert.equal(await form.count(), 0, 'the form gives way to the thanks');
});

await test('answers are text, never markup', async (page) => {
  await openWidget(page);
  await ask(page, '<img src=x onerror=alert(1)> hello?');
  await page.locator('.msg.me', { hasText: '<img src=x onerror=alert(1)>' }).waitFor({ timeout: TIMEOUT });
  const images = await page.evaluate(() => document.querySelector('[data-xapp-widget]').shadowRoot
    .querySelectorAll('.log img').length);
  assert.equal(images, 0);
});

await test('the search box suggests as you type and shows highlighted results', async (page) => {
  await page.goto(hostPage);
  const box = page.getByRole('combobox', { name: 'Search Brightside Family Dental' });
  await box.waitFor({ timeout: TIMEOUT });
  await box.pressSequentially('whit', { delay: 30 });
  await page.getByRole('option', { name: 'Teeth Whitening' }).waitFor({ timeout: TIMEOUT });
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  await box.fill('teeth whitning');
  await box.press('Enter');
  const first = page.locator('li.hit').first();
  await first.waitFor({ timeout: TIMEOUT });
  assert.match(await first.locator('.title a').getAttribute('href'), /teeth-whitening/);
  assert.ok(await first.locator('mark').count() > 0, 'matched words are marked');
  await page.getByRole('status').filter({ hasText: 'for “teeth whitening”' }).waitFor();
  await page.screenshot({ path: `${shots}/search-results.png` });
});

await test('the widget is usable on a phone', async (page, context) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openWidget(page);
  const width = await page.getByRole('dialog').evaluate((el) => el.getBoundingClientRect().width);
  assert.equal(Math.round(width), 375);
  await page.screenshot({ path: `${shots}/widget-mobile.png` });
});

await test('the QA preview renders the site, the widget and the crawl summary', async (page) => {
  await page.goto(`${runtime}preview?token=${env('PREVIEW_TOKEN')}`);
  await page.getByRole('heading', { name: /QA preview/ }).waitFor({ timeout: TIMEOUT });
  await page.getByText(/17 pages indexed/).waitFor();
  await page.getByRole('button', { name: 'Chat with Brightside' }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('combobox', { name: /Search Brightside/ }).waitFor({ timeout: TIMEOUT });
  await page.screenshot({ path: `${shots}/preview.png`, fullPage: true });
});

await test('the QA preview shows the pre-review checklist above the site and its live widget', async (page) => {
  await page.goto(`${runtime}preview?token=${env('PREVIEW_TOKEN')}`);
  const checklist = page.getByRole('region', { name: /Pre-review checks: 6\/7 passed/ });
  await checklist.waitFor({ timeout: TIMEOUT });
  await checklist.getByText('PartnerApis').waitFor();
  await checklist.getByText(/cannot tell: no test marker/).waitFor();
  await checklist.getByText('Can you tell me about Opening hours?').waitFor();
  await page.getByRole('button', { name: 'Chat with Brightside' }).waitFor({ timeout: TIMEOUT });
  const list = await checklist.boundingBox();
  const site = await page.locator('iframe').boundingBox();
  assert.ok(list.y + list.height <= site.y, `the checklist (bottom ${list.y + list.height}) is above the site (${site.y})`);
  await page.screenshot({ path: `${shots}/preview-checklist.png`, fullPage: true });
});

await browser.close();
console.log(`${7 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

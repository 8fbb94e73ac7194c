// The browser half of WordPressPluginIT: Debian's headless chromium, driven by playwright-core, through a real
// WordPress with the XAPP Assistant plugin. One check per run, chosen by CHECK (the test runs them in this order):
//   install    WordPress's install page, log in, upload the plugin zip (ZIP), activate it
//   configure  the settings page refuses a foreign script, takes the partner's snippets (WIDGET_SNIPPET,
//              SEARCH_SNIPPET), and its status line says the assistant answers
//   refusals   an administrator without manage_options (LIMITED_USER) and a save without nonce are refused
//   visitor    a public page shows the widget, which answers QUESTION with EXPECT and a link to SOURCE; the pages
//              with the shortcode and the block (SHORTCODE_PAGE, BLOCK_PAGE) search SEARCH; no admin page loads it
//   switches   the widget switch hides the widget; "replace the theme's search form" replaces it (THEME_SEARCH_PAGE)
//   uninstall  deactivate (the requests the plugin added are printed and checked), delete, no widget left
// Environment: CHECK SCREENSHOTS WP_URL ADMIN_USER ADMIN_PASSWORD ASSISTANT_URL LAUNCHER_LABEL SEARCH_LABEL
// [CHROMIUM] [CHROMIUM_ARGS] and the variables of the check.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { askTheWidget, env, runCheck, screenshotsDir, searchFor, TIMEOUT, VIEWPORT }
  from '../../../../../testing/browser/checks.mjs';

const shots = screenshotsDir();
const wp = env('WP_URL');
const admin = (path) => `${wp}wp-admin/${path}`;
const SETTINGS = admin('options-general.php?page=xapp-assistant');

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/wordpress-${name}.png`, fullPage: true });
}

/**
 * Logs in through wp-login.php. Once in a CI run the login page came back instead of the dashboard, so a first
 * attempt that has not reached wp-admin within 20 seconds is made again; what the page said is logged.
 */
async function logIn(page, user = env('ADMIN_USER'), password = env('ADMIN_PASSWORD')) {
  for (let attempt = 1; ; attempt++) {
    // In a CI run beside e2e the form twice went out without the password ("The password field is empty"),
    // though it had been filled after load: likely the login page's own scripts, still running on a busy machine.
    // So: wait until the page is idle, fill, and check what the fields hold before sending.
    await page.goto(`${wp}wp-login.php`, { waitUntil: 'networkidle' });
    for (const [field, value] of [['#user_login', user], ['#user_pass', password]]) {
      await page.locator(field).fill(value);
      if (await page.locator(field).inputValue() !== value) await page.locator(field).fill(value);
    }
    try {
      await Promise.all([page.waitForURL(/wp-admin/, { timeout: attempt === 1 ? 20_000 : TIMEOUT }),
        page.locator('#wp-submit').click()]);
      return;
    } catch (e) {
      if (attempt === 2) throw e;
      const said = (await page.locator('#login_error').allInnerTexts()).join(' ').trim();
      console.error(`login as ${user} stayed on ${page.url()} (${said || 'no message'}); trying once more`);
    }
  }
}

/** The settings form filled and saved; returns the page's notices. */
async function save(page, fields) {
  await page.goto(SETTINGS);
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`[name="xapp_assistant[${name}]"]`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else await field.fill(value);
  }
  // options.php redirects back with settings-updated=true, errors or not. The settings page's own URL matched
  // before the form was even sent, so the notices were sometimes read from the page being left (a busy machine).
  await Promise.all([page.waitForURL(/settings-updated=true/, { timeout: TIMEOUT }), page.locator('#submit').click()]);
  const notices = page.locator('.notice, .error, .updated');
  await notices.first().waitFor({ timeout: TIMEOUT });
  return (await notices.allInnerTexts()).join('\n');
}

/** The URLs a page requests until the network is idle, with their kind (script, fetch, stylesheet ...). */
async function requestsOf(page, url) {
  const seen = [];
  const record = (r) => seen.push({ url: r.url(), type: r.resourceType() });
  page.on('request', record);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('request', record);
  return seen;
}

async function install(page) {
  await page.goto(admin('install.php'));
  await page.locator('#weblog_title').fill('Brightside Family Dental');
  await page.locator('#user_login').fill(env('ADMIN_USER'));
  await page.locator('#pass1').fill(env('ADMIN_PASSWORD'));
  await page.locator('#admin_email').fill('owner@brightside.example');
  await page.locator('#submit').click();
  await page.getByRole('heading', { name: 'Success!' }).waitFor({ timeout: TIMEOUT });

  await logIn(page);
  await page.goto(admin('plugin-install.php?tab=upload'));
  await page.locator('#pluginzip').setInputFiles(env('ZIP'));
  await page.locator('#install-plugin-submit').click();
  await page.getByText('Plugin installed successfully.').waitFor({ timeout: TIMEOUT });
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.getByText('Plugin activated.').waitFor({ timeout: TIMEOUT });
  const row = page.locator('tr[data-plugin="xapp-assistant/xapp-assistant.php"]');
  assert.ok(await row.getByRole('link', { name: 'Settings' }).isVisible(), 'a Settings link beside Deactivate');
  await shot(page, 'activated');
}

async function configure(page) {
  await logIn(page);
  await page.goto(SETTINGS);
  assert.match(await page.locator('#xapp-assistant-status').innerText(), /Not set up yet/);

  const refused = await save(page, {
    widget_snippet: '<script src="https://evil.example/x.js"></script>',
    search_snippet: env('SEARCH_SNIPPET'),
  });
  assert.match(refused, /Chat widget: this is not an install snippet\..*Nothing was saved\./s);
  assert.equal(await page.locator('[name="xapp_assistant[widget_snippet]"]').inputValue(), '', 'nothing stored');
  console.log(`refused: ${refused.replace(/\s+/g, ' ')}`);
  await shot(page, 'refused');

  const saved = await save(page, { widget_snippet: env('WIDGET_SNIPPET'), search_snippet: env('SEARCH_SNIPPET') });
  assert.match(saved, /Settings saved\./);
  assert.equal(await page.locator('[name="xapp_assistant[widget_snippet]"]').inputValue(), env('WIDGET_SNIPPET'),
    'the stored snippet is shown as given');
  const status = page.locator('#xapp-assistant-status.notice-success');
  await status.waitFor({ timeout: TIMEOUT });
  assert.match(await status.innerText(), /The assistant answers as "[^"]+" on this site\./);
  console.log(`status: ${await status.innerText()}`);
  await shot(page, 'saved');
}

async function refusals(page, context) {
  // An administrator whose manage_options was taken away: no page, and options.php refuses the save.
  const limited = await context.browser().newContext();
  const other = await limited.newPage();
  await logIn(other, env('LIMITED_USER'), env('LIMITED_PASSWORD'));
  await other.goto(SETTINGS);
  await other.getByText('Sorry, you are not allowed to access this page.').waitFor({ timeout: TIMEOUT });
  const asLimited = await postOptions(other, { _wpnonce: 'x', _wp_http_referer: '/' });
  assert.equal(asLimited.status, 403);
  assert.match(asLimited.text, /You need a higher level of permission/);
  console.log('refused: an administrator without manage_options (page and save)');
  await limited.close();

  // The real administrator, without the form's nonce.
  await logIn(page);
  const withoutNonce = await postOptions(page, {});
  assert.equal(withoutNonce.status, 403);
  assert.match(withoutNonce.text, /The link you followed has expired/);
  console.log('refused: a save without nonce');
}

/** Posts the settings form to options.php from the page, as the logged-in user, with a foreign script in it. */
async function postOptions(page, extra) {
  return page.evaluate(async ({ url, extra }) => {
    const form = new FormData();
    form.set('option_page', 'xapp_assistant');
    form.set('action', 'update');
    form.set('xapp_assistant[widget_snippet]', '<script src="https://evil.example/x.js"></script>');
    form.set('xapp_assistant[search_snippet]', '');
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    const r = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', redirect: 'manual' });
    return { status: r.status, text: await r.text() };
  }, { url: admin('options.php'), extra });
}

async function visitor(page) {
  await page.goto(wp);
  const answer = await askTheWidget(page, { launcher: env('LAUNCHER_LABEL'), question: env('QUESTION'),
    expect: env('EXPECT'), source: env('SOURCE') });
  console.log(`answer: ${answer}`);
  await shot(page, 'widget-answer');

  for (const [name, url] of [['shortcode', env('SHORTCODE_PAGE')], ['block', env('BLOCK_PAGE')]]) {
    await page.goto(url);
    const hit = await searchFor(page, { label: env('SEARCH_LABEL'), query: env('SEARCH') });
    console.log(`${name} page, first hit for "${env('SEARCH')}": ${hit}`);
    await shot(page, `search-${name}`);
  }

  // The admin pages in a page of their own: WordPress's editor reports its own failures to reach wordpress.org
  // (blocked here) as script errors, which are printed, and must not name the plugin.
  const adminPage = await page.context().newPage();
  const adminErrors = [];
  adminPage.on('pageerror', (e) => adminErrors.push(`${adminPage.url()}: ${e.stack || e.message}`));
  await logIn(adminPage);
  for (const path of ['', 'options-general.php?page=xapp-assistant', 'post-new.php?post_type=page']) {
    const scripts = (await requestsOf(adminPage, admin(path))).filter((r) => r.url.startsWith(env('ASSISTANT_URL')));
    assert.deepEqual(scripts.filter((r) => r.url.endsWith('/widget.js') && r.type === 'script'), [],
      `no widget on wp-admin/${path}`);
  }
  // The block editor knows the block (blocks/search/editor.js registered it).
  await adminPage.waitForFunction(() => window.wp && wp.blocks && wp.blocks.getBlockType('xapp-assistant/search'),
    null, { timeout: TIMEOUT });
  for (const e of adminErrors) console.log(`script error of WordPress on an admin page: ${e}`);
  assert.deepEqual(adminErrors.filter((e) => e.includes('xapp-assistant')), [], 'no script error of the plugin');
  console.log('no widget on admin pages; the editor offers the block "Assistant search box"');
}

async function switches(page) {
  await logIn(page);
  assert.match(await save(page, { widget_enabled: false, replace_search_form: true }), /Settings saved\./);
  await page.goto(env('THEME_SEARCH_PAGE'));
  await page.getByRole('combobox', { name: env('SEARCH_LABEL') }).waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator('form.wp-block-search').count(), 0, 'the theme\'s search form is replaced');
  assert.equal(await page.locator('script[src$="/widget.js"]').count(), 0, 'the widget is switched off');
  await shot(page, 'theme-search-replaced');

  assert.match(await save(page, { widget_enabled: true, replace_search_form: false }), /Settings saved\./);
  await page.goto(env('THEME_SEARCH_PAGE'));
  await page.getByRole('button', { name: env('LAUNCHER_LABEL') }).waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator('form.wp-block-search').count(), 1, 'the theme\'s search form is back');
  console.log('switches: widget off and on, theme search form replaced and back');
}

async function uninstall(page) {
  const withPlugin = await requestsOf(page, wp);
  await page.getByRole('button', { name: env('LAUNCHER_LABEL') }).waitFor({ timeout: TIMEOUT });
  // What the widget itself shows: the brand's logo in its header (from its configuration).
  const widgetImages = await page.evaluate(() => Array.from(document.querySelector('[data-xapp-widget]')
    .shadowRoot.querySelectorAll('img'), (img) => img.src));
  // The owner works in a browser context of their own, so `page` stays a visitor's and one login serves both the
  // deactivation and the deletion.
  const owner = await (await page.context().browser().newContext({ viewport: VIEWPORT })).newPage();
  const ownerErrors = [];
  owner.on('pageerror', (e) => ownerErrors.push(`${owner.url()}: ${e.message}`));
  await logIn(owner);
  await owner.goto(admin('plugins.php'));
  const row = owner.locator('tr[data-plugin="xapp-assistant/xapp-assistant.php"]');
  await row.getByRole('link', { name: /Deactivate/ }).click();
  await owner.getByText('Plugin deactivated.').waitFor({ timeout: TIMEOUT });
  // For comparison with the visitor check: what WordPress's editor reports without the plugin.
  const editor = await owner.context().newPage();
  editor.on('pageerror', (e) => console.log(`script error of WordPress without the plugin: ${editor.url()}: ${e.message}`));
  await editor.goto(admin('post-new.php?post_type=page'), { waitUntil: 'networkidle' });
  await editor.close();

  const without = await requestsOf(page, wp);
  const key = (r) => `${r.type} ${r.url}`;
  const before = new Set(without.map(key));
  const added = withPlugin.filter((r) => !before.has(key(r)));
  const assistant = env('ASSISTANT_URL');
  console.log(`requests of the home page: ${without.length} without the plugin, ${withPlugin.length} with it; added:`);
  for (const r of added) console.log(`  ${r.type} ${r.url}`);
  assert.deepEqual(added.filter((r) => r.type === 'script'), [{ url: `${assistant}widget.js`, type: 'script' }],
    'the one script the plugin adds is the widget\'s');
  const byTheWidget = (r) => (r.type === 'fetch' && r.url.startsWith(`${assistant}api/`))
    || (r.type === 'image' && widgetImages.includes(r.url));
  assert.deepEqual(added.filter((r) => r.type !== 'script' && !byTheWidget(r)), [],
    'everything else added is the widget\'s own: calls to its API, the logo it shows');
  assert.equal(await page.locator('script[src$="/widget.js"]').count(), 0, 'no widget once deactivated');

  await owner.goto(admin('plugins.php'));
  owner.once('dialog', (d) => d.accept());
  await row.getByRole('link', { name: /Delete/ }).click();
  await owner.getByText(/XAPP Assistant.*was successfully deleted/).waitFor({ timeout: TIMEOUT });
  await shot(owner, 'deleted');
  await page.goto(wp);
  assert.equal(await page.locator('script[src$="/widget.js"]').count(), 0, 'no widget once deleted');
  assert.deepEqual(ownerErrors, [], 'no script errors on the plugins page');
  console.log('deactivated and deleted: no widget');
}

await runCheck(chromium, { install, configure, refusals, visitor, switches, uninstall }, 'wordpress');

// Quick exit in the page (tools/web --test-page, after play_page.js): its
// button, and Shift pressed three times, each replace the page with the
// neutral site (web/index.html's quickExitUrl) without leaving the game in
// the back history, as GOV.UK's exit button does. The test opens a page of
// its own first, then the game; after quick exit the history has as many
// entries as with the game (the neutral site in its place), and Back goes to
// the page before, never to the game. The neutral site is answered by the test itself
// (request interception): nothing leaves the machine.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node quick_exit_page.js SITE_DIR OUT_DIR
'use strict';
const { PageDriver, has_text, control, sleep, kWaitSeconds } = require('./page_driver');

const [site, out] = process.argv.slice(2);
const kBefore = 'data:text/html,before';

async function quick_exit(how, leave) {
  const name = `quick exit page test (${how})`;
  let neutral = null;
  const driver = await PageDriver.open({
    site, out, name, viewport: { width: 1280, height: 720 },
    prepare: async (page, url) => {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith(url) || request.url().startsWith('data:')) return request.continue();
        if (request.isNavigationRequest()) neutral = request.url();  // not the neutral page's own icon
        return request.respond({ status: 200, contentType: 'text/html', body: '<title>neutral</title>Weather' });
      });
    },
  });
  const { page, fail } = driver;
  try {
    await page.goto(kBefore);
    await driver.load();
    await driver.wait_for('the content note', has_text('Before you start'));
    const wanted = await page.evaluate(() => window.Module.quickExitUrl);
    const entries_before = await page.evaluate(() => history.length);
    await leave(driver);
    const until = Date.now() + kWaitSeconds * 1000;
    while (Date.now() < until && page.url() !== wanted) await sleep(100);
    if (page.url() !== wanted) fail(`the page is still ${page.url()}, not the neutral site ${wanted}`);
    if (neutral !== wanted) fail(`the browser asked for ${neutral}, not ${wanted}`);
    const entries = await page.evaluate(() => history.length);
    if (entries !== entries_before)
      fail(`the history has ${entries} entries, not ${entries_before} as with the game: the game is left in it`);
    await page.goBack();
    if (page.url() !== kBefore) fail(`Back went to ${page.url()}, not to the page before the game`);
    console.log(`${name}: the game was replaced by ${wanted}; Back goes to the page before it`);
  } finally {
    await driver.close();
  }
}

async function main() {
  await quick_exit('its button', async (driver) => {
    const button = await driver.wait_for('the Quick exit button', control(/^Quick exit/));
    const { x, y } = await driver.centre(button);
    await driver.page.mouse.click(x, y);
  });
  await quick_exit('Shift three times', async (driver) => {
    for (let i = 0; i < 3; ++i) await driver.page.keyboard.press('Shift');
  });
}

main().catch((error) => {
  if (!process.exitCode) console.error(`quick exit page test: ${error.stack || error}`);
  process.exitCode = 1;
});

// One page of the site in its own browser, for the browser tests that each
// open their own (tests/web/*_page.js): the primitives of page_helpers.js
// (serving the site, Chromium, waiting on the page's layout, keys) on one
// object, plus tapping and clicking at a layout item's place on a page of
// any pixel ratio.
'use strict';
const fs = require('fs');
const path = require('path');
const { kWaitSeconds, set_label, fail, path_replies, serve, sleep, launch_browser, has_text, control, shown, player } =
  require('./page_helpers');

// `viewport` as puppeteer's; `prepare(page, url)` runs before the page loads
// (stubs, request interception). `name` names the test in its messages.
class PageDriver {
  static async open({ site, out, name, viewport, prepare }) {
    set_label(name);
    if (!fs.existsSync(path.join(site, 'index.html'))) fail(`no site in ${site}: run tools/web first`);
    const { server, url } = await serve(site);
    const browser = await launch_browser(viewport);
    const driver = new PageDriver(name, out, server, url, browser, await browser.newPage());
    driver.page.on('pageerror', (error) => driver.problems.push(`page error: ${error.message}`));
    driver.page.on('console', (message) => {
      if (message.type() === 'error') driver.problems.push(`console: ${message.text()}`);
    });
    if (prepare) await prepare(driver.page, url);
    return driver;
  }

  constructor(name, out, server, url, browser, page) {
    Object.assign(this, { name, fail, out, server, url, browser, page, problems: [] });
    // layout, shot, wait_for, press, act_until, press_until, play_replies
    Object.assign(this, player(page, out, () => page.mainFrame(), `failure-${name.replace(/\W+/g, '-')}`));
  }

  // Navigates to the site and waits for the program to run.
  async load() {
    this.started = Date.now();
    await this.page.goto(this.url);
    await this.page.waitForFunction(() => window.Module && window.Module.calledRun, { timeout: kWaitSeconds * 1000 });
  }

  async close() {
    if (this.problems.length) console.log(`${this.name}: the page also said:\n  ${this.problems.join('\n  ')}`);
    await this.browser.close();
    this.server.kill();
  }

  seconds() { return ((Date.now() - this.started) / 1000).toFixed(1); }

  // Clicks the Play button of the scenario called `title` in the scenario
  // list (the first control drawn after its title), at its place read from
  // the layout; the list grows as scenarios are added, so it is scrolled
  // (the wheel, over the list) until the button is on screen, below the top bar.
  async click_play(title) {
    const play_button = (l) => {
      const at = l.items.findIndex((i) => i.kind === 'text' && i.text === title);
      return at >= 0 && l.items.slice(at).find((i) => i.kind === 'control' && /^Play\b/.test(i.text));
    };
    const bottom = (await this.layout()).window_size[1] - 10;
    let entry = await this.wait_for(`${title} in the list`, play_button);
    for (let tries = 0; tries < 20 && (entry.rect[1] < 80 || entry.rect[3] > bottom); ++tries) {
      await this.page.mouse.move(640, 400);
      await this.page.mouse.wheel({ deltaY: entry.rect[3] > bottom ? 200 : -200 });
      await sleep(300);
      entry = await this.wait_for(`${title} in the list`, play_button);
    }
    const { x, y } = await this.centre(entry);
    await this.page.mouse.click(x, y);
  }

  // The middle of a layout item in the page's CSS pixels (the layout is in
  // the canvas's own pixels, devicePixelRatio of them to a CSS pixel; the
  // canvas is at the page's top left).
  async centre(item) {
    const ratio = await this.page.evaluate(() => window.devicePixelRatio);
    const [x0, y0, x1, y1] = item.rect;
    return { x: (x0 + x1) / 2 / ratio, y: (y0 + y1) / 2 / ratio };
  }
}

module.exports = { PageDriver, path_replies, has_text, control, describe: shown, sleep, kWaitSeconds };

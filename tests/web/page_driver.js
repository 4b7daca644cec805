// What the browser tests (tests/web/*_page.js) share: serving build-web/site/
// on 127.0.0.1 with python3's http.server (as tools/web --serve does),
// Debian's Chromium, headless, driven by puppeteer-core, and reading the
// canvas through the page's own test hook, window.secondlook.layout() (the
// frame's texts and controls, as the desktop's --layout-report writes them),
// never guessed from pixels. Every wait ends as soon as the page gets there;
// only a page that never does fails (after minutes: a loaded machine is slow,
// not wrong).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const puppeteer = require('puppeteer-core');

const source = path.resolve(__dirname, '..', '..');
const kWaitSeconds = 180;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Stops the test with `message` (the name says which test).
function failer(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exitCode = 1;
    throw new Error(message);
  };
}

// The reply ids of one of the window tests' paths (tests/CMakeLists.txt's
// `variable`), each with the words its button shows: the ids that are
// replies in `scenario` (the flags, profile views, screenshots and calm are
// other actions, not replies).
function path_replies(variable, scenario_file, fail) {
  const cmake = fs.readFileSync(path.join(source, 'tests', 'CMakeLists.txt'), 'utf8');
  const ids = new RegExp(`set\\(${variable} "([^"]*)"\\)`).exec(cmake)[1].split(',');
  const scenario = fs.readFileSync(path.join(source, 'scenarios', scenario_file), 'utf8');
  const replies = [];
  for (const id of ids) {
    // Its `text:`, after any keys written before it (in_class: false, ...).
    const found = new RegExp(`- id: ${id}\\n(?:\\s+(?!text:)[a-z_]+: .*\\n)*\\s+text: (.*)\\n`).exec(scenario);
    if (!found) {
      // Only the other actions have no button text; a reply not found would be skipped silently.
      if (!/^(flag:|profile:|record:|wait:)|^(screenshot|calm|close-profile|continue)$/.test(id))
        fail(`reply '${id}' of ${variable} has no text: in scenarios/${scenario_file}; has the format changed?`);
      continue;
    }
    let text = found[1].trim();
    if (/^["'].*["']$/.test(text)) text = text.slice(1, -1);
    replies.push({ id, text });
  }
  if (replies.length < 10) fail(`only ${replies.length} replies found in ${variable}; has the scenario's format changed?`);
  return replies;
}

function serve(folder) {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', folder, '0'],
                         { stdio: ['ignore', 'pipe', 'pipe'] });
    server.on('error', reject);
    server.stdout.on('data', (data) => {
      const port = /port (\d+)/.exec(data.toString());
      if (port) resolve({ server, url: `http://127.0.0.1:${port[1]}/` });
    });
    server.on('exit', (code) => reject(new Error(`http.server ended (${code}) before it served`)));
  });
}

const has_text = (text) => (l) => l.items.some((i) => i.kind === 'text' && i.text.includes(text));
const control = (pattern) => (l) => l.items.find((i) => i.kind === 'control' && pattern.test(i.text));
const describe = (l) => l.items.map((i) => (i.kind === 'control' ? `[${i.text}]` : i.text)).join(' | ');

// One page of the site in its own browser. `viewport` as puppeteer's;
// `prepare(page)` runs before the page loads (stubs, request interception).
class PageDriver {
  static async open({ site, out, name, viewport, prepare }) {
    const fail = failer(name);
    if (!fs.existsSync(path.join(site, 'index.html'))) fail(`no site in ${site}: run tools/web first`);
    const { server, url } = await serve(site);
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      // No sandbox (root, containers); WebGL through SwiftShader (no GPU).
      args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
             `--window-size=${viewport.width},${viewport.height}`],
      defaultViewport: viewport,
    });
    const driver = new PageDriver(name, fail, out, server, url, browser, await browser.newPage());
    driver.page.on('pageerror', (error) => driver.problems.push(`page error: ${error.message}`));
    driver.page.on('console', (message) => {
      if (message.type() === 'error') driver.problems.push(`console: ${message.text()}`);
    });
    if (prepare) await prepare(driver.page, url);
    return driver;
  }

  constructor(name, fail, out, server, url, browser, page) {
    Object.assign(this, { name, fail, out, server, url, browser, page, problems: [] });
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

  layout() { return this.page.evaluate(() => window.secondlook.layout()); }
  shot(name) { return this.page.screenshot({ path: path.join(this.out, `web-${name}.png`) }); }
  seconds() { return ((Date.now() - this.started) / 1000).toFixed(1); }

  // Polls the page's layout until `find` returns something (or fails after kWaitSeconds).
  async wait_for(what, find) {
    const until = Date.now() + kWaitSeconds * 1000;
    let last;
    while (Date.now() < until) {
      last = await this.layout();
      const found = find(last);
      if (found) return found === true ? last : found;  // a yes/no question answers with the layout
      await sleep(100);
    }
    await this.shot(`failure-${this.name.replace(/\W+/g, '-')}`);
    this.fail(`${what}: not on the page after ${kWaitSeconds} s; it shows: ${describe(last)}`);
  }

  // A key held down repeats, as a real keyboard's does (a shaky reply
  // counts the hold by the repeats, on the desktop too).
  async press(key, hold_ms = 60) {
    const until = Date.now() + hold_ms;
    await this.page.keyboard.down(key);
    while (Date.now() < until) {
      await sleep(50);
      await this.page.keyboard.down(key);  // a repeat: puppeteer marks it so while the key is down
    }
    await this.page.keyboard.up(key);
  }

  // Does `act` (a press, a tap) until `done` holds: input given while the
  // page still reveals messages is not yet taken, as on the desktop.
  async act_until(what, act, done) {
    const until = Date.now() + kWaitSeconds * 1000;
    while (Date.now() < until) {
      await act();
      const settle = Date.now() + 3000;
      while (Date.now() < settle) {
        if (done(await this.layout())) return;
        await sleep(100);
      }
    }
    await this.shot(`failure-${this.name.replace(/\W+/g, '-')}`);
    this.fail(`${what}: never happened; the page shows: ${describe(await this.layout())}`);
  }

  press_until(what, key, done, hold_ms) {
    return this.act_until(`${what} (pressing ${key})`, () => this.press(key, hold_ms), done);
  }

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

module.exports = { PageDriver, path_replies, has_text, control, describe, sleep, kWaitSeconds };

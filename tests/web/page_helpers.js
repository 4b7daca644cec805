// What the browser tests (tests/web) share: the safe path's replies, serving
// a folder on 127.0.0.1, starting Debian's Chromium, and playing a page of
// Second Look by its layout (window.secondlook.layout(): the frame's texts
// and controls, as the desktop's --layout-report writes them, never guessed
// from pixels). Every wait ends as soon as the page gets there; only a page
// that never does fails (after minutes: a loaded machine is slow, not wrong).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const puppeteer = require('puppeteer-core');

const source = path.resolve(__dirname, '..', '..');
const kWaitSeconds = 180;
let label = 'web page test';

// Names the test in its messages ("web page test: ...").
function set_label(name) { label = name; }

function fail(message) {
  console.error(`${label}: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

// The reply ids of one of the window tests' paths (tests/CMakeLists.txt's
// `variable`), each with the words its button shows: the ids that are
// replies in `scenario_file` (the flags, profile views, screenshots and calm
// are other actions, not replies). `stop` reports a problem (default: fail).
function path_replies(variable, scenario_file, stop = fail) {
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
        stop(`reply '${id}' of ${variable} has no text: in scenarios/${scenario_file}; has the format changed?`);
      continue;
    }
    let text = found[1].trim();
    if (/^["'].*["']$/.test(text)) text = text.slice(1, -1);
    replies.push({ id, text });
  }
  if (replies.length < 10) stop(`only ${replies.length} replies found in ${variable}; has the scenario's format changed?`);
  return replies;
}

// The Friend Request's safe path, the one most tests play.
const safe_path_replies = () => path_replies('FRIEND_REQUEST_SAFE_PATH', 'friend-request.yaml');

// Serves `folder` on 127.0.0.1 with python3's http.server (as tools/web --serve does).
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Debian's Chromium, headless, its window the size of `viewport` (puppeteer's).
function launch_browser(viewport = { width: 1280, height: 720 }) {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // No sandbox (root, containers); WebGL through SwiftShader (no GPU).
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
           `--window-size=${viewport.width},${viewport.height}`],
    defaultViewport: viewport,
  });
}

const has_text = (text) => (l) => l.items.some((i) => i.kind === 'text' && i.text.includes(text));
const control = (pattern) => (l) => l.items.find((i) => i.kind === 'control' && pattern.test(i.text));
const shown = (l) => l.items.map((i) => (i.kind === 'control' ? `[${i.text}]` : i.text)).join(' | ');

// Plays the game in `page`; `frame()` gives the frame it runs in (the page
// itself, or an iframe that fills the page from its top left, so the layout's
// places are the page's). Screenshots go to OUT_DIR/web-NAME.png; a failure's
// to OUT_DIR/web-FAILURE_SHOT.png.
function player(page, out, frame = () => page.mainFrame(), failure_shot = 'failure') {
  const layout = () => frame().evaluate(() => window.secondlook.layout());
  const shot = (name) => page.screenshot({ path: path.join(out, `web-${name}.png`) });

  // Polls the page's layout until `find` returns something (or fails after kWaitSeconds).
  async function wait_for(what, find) {
    const until = Date.now() + kWaitSeconds * 1000;
    let last;
    while (Date.now() < until) {
      last = await layout();
      const found = find(last);
      if (found) return found === true ? last : found;  // a yes/no question answers with the layout
      await sleep(100);
    }
    await shot(failure_shot);
    fail(`${what}: not on the page after ${kWaitSeconds} s; it shows: ${shown(last)}`);
  }
  // A key held down repeats, as a real keyboard's does (a shaky reply
  // counts the hold by the repeats, on the desktop too).
  async function press(key, hold_ms = 60) {
    const until = Date.now() + hold_ms;
    await page.keyboard.down(key);
    while (Date.now() < until) {
      await sleep(50);
      await page.keyboard.down(key);  // a repeat: puppeteer marks it so while the key is down
    }
    await page.keyboard.up(key);
  }
  // Does `act` (a press, a tap) until `done` holds: input given while the
  // page still reveals messages is not yet taken, as on the desktop.
  async function act_until(what, act, done) {
    const until = Date.now() + kWaitSeconds * 1000;
    while (Date.now() < until) {
      await act();
      const settle = Date.now() + 3000;
      while (Date.now() < settle) {
        if (done(await layout())) return;
        await sleep(100);
      }
    }
    await shot(failure_shot);
    fail(`${what}: never happened; the page shows: ${shown(await layout())}`);
  }
  const press_until = (what, key, done, hold_ms) =>
    act_until(`${what} (pressing ${key})`, () => press(key, hold_ms), done);
  // Chooses each of `replies` by its number key, as it is offered;
  // `each(reply)` runs before a reply is chosen.
  async function play_replies(replies, each = async () => {}) {
    for (const reply of replies) {
      const option = await wait_for(`reply ${reply.id}`, control(new RegExp(
        `^Option (\\d): ${reply.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      const number = /^Option (\d)/.exec(option.text)[1];
      const hold = option.text.endsWith('Hold to choose') ? 2500 : 60;
      await each(reply);
      await press_until(`reply ${reply.id} (${number})`, number, (l) => !l.items.some((i) => i.text === option.text), hold);
    }
  }
  return { layout, shot, wait_for, press, act_until, press_until, play_replies };
}

module.exports = { kWaitSeconds, set_label, fail, path_replies, safe_path_replies, serve, sleep, launch_browser,
                   has_text, control, shown, player };

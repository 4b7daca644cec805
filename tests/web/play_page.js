// The browser test (tools/web --test-page): serves build-web/site/ on
// 127.0.0.1 with python3's http.server (as tools/web --serve does), opens it
// in Debian's Chromium, headless, driven by puppeteer-core, and plays The
// Friend Request to its ending by keyboard: Enter on the content note, then
// each reply of FRIEND_REQUEST_SAFE_PATH (tests/CMakeLists.txt, the window
// tests' path) by its number key. The debrief must name the safe ending.
//
// The page draws on a canvas; what is on it is read from the page's own
// test hook, window.secondlook.layout() (the frame's texts and controls, as
// the desktop's --layout-report writes them), never guessed from pixels.
// Every wait ends as soon as the page gets there; only a page that never
// does fails (after minutes: a loaded machine is slow, not wrong).
// Screenshots go to OUT_DIR/web-*.png.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node play_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const puppeteer = require('puppeteer-core');

const [site, out] = process.argv.slice(2);
const source = path.resolve(__dirname, '..', '..');
const kWaitSeconds = 180;

function fail(message) {
  console.error(`web page test: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

// The reply ids of the window tests' safe path, each with the words its
// button shows: the ids that are replies in the scenario file (the flags,
// profile views, screenshots and calm are other actions, not replies).
function safe_path_replies() {
  const cmake = fs.readFileSync(path.join(source, 'tests', 'CMakeLists.txt'), 'utf8');
  const ids = /set\(FRIEND_REQUEST_SAFE_PATH "([^"]*)"\)/.exec(cmake)[1].split(',');
  const scenario = fs.readFileSync(path.join(source, 'scenarios', 'friend-request.yaml'), 'utf8');
  const replies = [];
  for (const id of ids) {
    // Its `text:`, after any keys written before it (in_class: false, ...).
    const found = new RegExp(`- id: ${id}\\n(?:\\s+(?!text:)[a-z_]+: .*\\n)*\\s+text: (.*)\\n`).exec(scenario);
    if (!found) {
      // Only the other actions have no button text; a reply not found would be skipped silently.
      if (!/^(flag:|profile:|record:|wait:)|^(screenshot|calm|close-profile|continue)$/.test(id))
        fail(`reply '${id}' of the safe path has no text: in scenarios/friend-request.yaml; has the format changed?`);
      continue;
    }
    let text = found[1].trim();
    if (/^["'].*["']$/.test(text)) text = text.slice(1, -1);
    replies.push({ id, text });
  }
  if (replies.length < 10) fail(`only ${replies.length} replies found in the safe path; has the scenario's format changed?`);
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  if (!fs.existsSync(path.join(site, 'index.html'))) fail(`no site in ${site}: run tools/web first`);
  const replies = safe_path_replies();
  for (const old of fs.readdirSync(out).filter((name) => /^web-.*\.png$/.test(name))) fs.rmSync(path.join(out, old));
  const { server, url } = await serve(site);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // No sandbox (root, containers); WebGL through SwiftShader (no GPU).
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--window-size=1280,720'],
    defaultViewport: { width: 1280, height: 720 },
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('response', (response) => { if (!response.ok()) problems.push(`${response.status()}: ${response.url()}`); });
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.Module && window.Module.calledRun, { timeout: kWaitSeconds * 1000 });
    const layout = () => page.evaluate(() => window.secondlook.layout());
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
      await shot('failure');
      fail(`${what}: not on the page after ${kWaitSeconds} s; it shows: ` +
           last.items.map((i) => (i.kind === 'control' ? `[${i.text}]` : i.text)).join(' | '));
    }
    const has_text = (text) => (l) => l.items.some((i) => i.kind === 'text' && i.text.includes(text));
    const control = (pattern) => (l) => l.items.find((i) => i.kind === 'control' && pattern.test(i.text));
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
    // Presses `key` until `done` holds: a key pressed while the page still
    // reveals messages is not yet taken, as on the desktop.
    async function press_until(what, key, done, hold_ms) {
      const until = Date.now() + kWaitSeconds * 1000;
      while (Date.now() < until) {
        await press(key, hold_ms);
        const settle = Date.now() + 3000;
        while (Date.now() < settle) {
          if (done(await layout())) return;
          await sleep(100);
        }
      }
      await shot('failure');
      fail(`${what}: pressing ${key} never did it; the page shows: ` +
           (await layout()).items.map((i) => (i.kind === 'control' ? `[${i.text}]` : i.text)).join(' | '));
    }

    await wait_for('the content note', has_text('Before you start'));
    console.log(`web page test: the content note is up ${((Date.now() - started) / 1000).toFixed(1)} s after navigation`);
    await shot('content-note');
    await press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));

    // The scenario list: the scenario's Play button (the first control drawn
    // after its title) is clicked at its place, read from the layout (the
    // canvas is at the page's top left, 1:1).
    const play_button = (l) => {
      const title = l.items.findIndex((i) => i.kind === 'text' && i.text === 'The Friend Request');
      return title >= 0 && l.items.slice(title).find((i) => i.kind === 'control' && /^Play\b/.test(i.text));
    };
    let entry = await wait_for('The Friend Request in the list', play_button);
    // The list grows as scenarios are added: scroll it (the wheel, over the
    // list) until the button is on screen, below the top bar.
    for (let tries = 0; tries < 20 && (entry.rect[1] < 80 || entry.rect[3] > 710); ++tries) {
      await page.mouse.move(640, 400);
      await page.mouse.wheel({ deltaY: entry.rect[3] > 710 ? 200 : -200 });
      await sleep(300);
      entry = await wait_for('The Friend Request in the list', play_button);
    }
    await shot('scenario-list');
    const [x0, y0, x1, y1] = entry.rect;
    await page.mouse.click((x0 + x1) / 2, (y0 + y1) / 2);

    let shown_mid_play = false;
    for (const reply of replies) {
      const option = await wait_for(`reply ${reply.id}`, control(new RegExp(
        `^Option (\\d): ${reply.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      const number = /^Option (\d)/.exec(option.text)[1];
      const hold = option.text.endsWith('Hold to choose') ? 2500 : 60;
      if (!shown_mid_play && reply.id === 'give-in-ask') {
        await shot('play');
        shown_mid_play = true;
      }
      await press_until(`reply ${reply.id} (${number})`, number, (l) => !l.items.some((i) => i.text === option.text), hold);
    }

    // The story's last lines end on "See your debrief", focused for Enter.
    await wait_for('the See your debrief button', control(/^See your debrief/));
    await press_until('open the debrief', 'Enter', has_text('ENDING'));
    await wait_for('the safe ending', has_text('ENDING: SAFE'));
    const debrief = await wait_for("the safe ending's title", has_text("you did everything right"));
    await shot('debrief');
    const texts = debrief.items.filter((i) => i.kind === 'text').map((i) => i.text);
    console.log(`web page test: played ${replies.length} replies to the debrief in ` +
                `${((Date.now() - started) / 1000).toFixed(1)} s; it says: ${texts.slice(0, 8).join(' | ')}`);
    if (problems.length) console.log(`web page test: the page also said:\n  ${problems.join('\n  ')}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`web page test: ${error.stack || error}`);
  process.exitCode = 1;
});

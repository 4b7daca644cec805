// The browser test (tools/web --test-page): serves build-web/site/ on
// 127.0.0.1 with python3's http.server (as tools/web --serve does), opens it
// in Debian's Chromium, headless, driven by puppeteer-core, and plays The
// Friend Request to its ending by keyboard: Enter on the content note, then
// each reply of FRIEND_REQUEST_SAFE_PATH (tests/CMakeLists.txt, the window
// tests' path) by its number key. The debrief must name the safe ending.
//
// Then the records in the browser's storage (IndexedDB): the page is
// reloaded and the play is found on the facilitator's dashboard; a second
// play is started, left after a few replies, the page reloaded, the play
// carried on and finished; and the dashboard's Export CSV download is
// parsed: both plays, each with every reply in order, in one play's rows.
//
// The page is read and played through tests/web/page_helpers.js (its layout,
// never its pixels). Screenshots go to OUT_DIR/web-*.png.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node play_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { kWaitSeconds, fail, safe_path_replies, serve, sleep, launch_browser, has_text, control, player } =
  require('./page_helpers');

const [site, out] = process.argv.slice(2);
const kPin = '2468';      // the facilitator PIN the test sets on the fresh browser profile
const kLeftAfter = 4;     // replies answered before the page is reloaded mid-play

// The rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks).
function parse_csv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function main() {
  if (!fs.existsSync(path.join(site, 'index.html'))) fail(`no site in ${site}: run tools/web first`);
  const replies = safe_path_replies();
  for (const old of fs.readdirSync(out).filter((name) => /^web-.*\.png$/.test(name))) fs.rmSync(path.join(out, old));
  const { server, url } = await serve(site);
  const browser = await launch_browser();
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`); });
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.Module && window.Module.calledRun, { timeout: kWaitSeconds * 1000 });
    const { shot, wait_for, press_until, play_replies } = player(page, out);

    // The page's storage copies (web/storage.js): how many completed, and whether one is under way.
    const storage = () => page.evaluate(() => window.Module && window.Module.secondlookStorage);
    async function stored_since(saved, what) {
      const until = Date.now() + kWaitSeconds * 1000;
      while (Date.now() < until) {
        const now = await storage();
        if (now && now.saveError) fail(`${what}: the browser did not store the records: ${now.saveError}`);
        if (now && now.saved > saved && !now.running && !now.again) return now.saved;
        await sleep(100);
      }
      fail(`${what}: the records were never stored in the browser`);
    }
    // Clicks a control at its place (the canvas is at the page's top left,
    // 1:1): the pointer moves there a moment before pressing, as a hand does,
    // so the page has drawn a frame with the control under it.
    async function click(item) {
      const [x0, y0, x1, y1] = item.rect;
      await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2);
      await sleep(200);
      await page.mouse.down();
      await sleep(100);
      await page.mouse.up();
    }
    async function open_page(what) {
      await page.waitForFunction(() => window.Module && window.Module.calledRun, { timeout: kWaitSeconds * 1000 });
      const problem = (await storage()).loadError;
      if (problem) fail(`${what}: the page could not open the browser's storage: ${problem}`);
      await wait_for(`${what}: the content note`, has_text('Before you start'));
    }
    // A control of the scenario list, scrolled (the wheel, over the list)
    // until it is on screen below the top bar: the list is taller than the
    // window, and the page keeps where it was scrolled to.
    async function on_screen(what, find) {
      let found = await wait_for(what, find);
      for (let tries = 0; tries < 30 && (found.rect[1] < 80 || found.rect[3] > 710); ++tries) {
        await page.mouse.move(640, 400);
        await page.mouse.wheel({ deltaY: found.rect[3] > 710 ? 200 : -200 });
        await sleep(300);
        found = await wait_for(what, find);
      }
      return found;
    }
    // The Friend Request's first button (Play, or Carry on) in the list.
    function friend_request_button(label) {
      return on_screen(`The Friend Request's ${label} button in the list`, (l) => {
        const title = l.items.findIndex((i) => i.kind === 'text' && i.text === 'The Friend Request');
        return title >= 0 && l.items.slice(title).find((i) => i.kind === 'control' && label.test(i.text));
      });
    }
    // Answers `replies` by their number keys; a screenshot just before `screenshot_at`.
    const answer = (replies, screenshot_at) =>
      play_replies(replies, async (reply) => { if (reply.id === screenshot_at) await shot('play'); });
    // The story's last lines end on "See your debrief", focused for Enter.
    async function to_the_debrief() {
      await wait_for('the See your debrief button', control(/^See your debrief/));
      await press_until('open the debrief', 'Enter', has_text('ENDING'));
      await wait_for('the safe ending', has_text('ENDING: SAFE'));
      return wait_for("the safe ending's title", has_text('you did everything right'));
    }
    // From the scenario list, through the PIN, to the dashboard.
    async function open_dashboard(what) {
      await click(await on_screen(`${what}: Facilitator results`, control(/^Facilitator results/)));
      await wait_for(`${what}: the PIN screen`, control(/^(Set PIN and open|Open)/));
      await page.keyboard.type(kPin, { delay: 80 });
      await press_until(`${what}: the PIN`, 'Enter', has_text('Results: session'));
      return wait_for(`${what}: the plays on the dashboard`, has_text('Players (nicknames only)'));
    }
    // The dashboard's line of a finished play: "NICKNAME · friend-request · ENDING, N of M points".
    const finished_plays = (l) => l.items.filter((i) => i.kind === 'text' && /friend-request/.test(i.text) &&
                                                       /points/.test(i.text));

    await open_page('the first visit');
    console.log(`web page test: the content note is up ${((Date.now() - started) / 1000).toFixed(1)} s after navigation`);
    await shot('content-note');
    await press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));
    const play = await friend_request_button(/^Play\b/);
    await shot('scenario-list');
    await click(play);
    let saved = (await storage()).saved;
    await answer(replies, 'give-in-ask');
    const debrief = await to_the_debrief();
    await shot('debrief');
    const texts = debrief.items.filter((i) => i.kind === 'text').map((i) => i.text);
    console.log(`web page test: played ${replies.length} replies to the debrief in ` +
                `${((Date.now() - started) / 1000).toFixed(1)} s; it says: ${texts.slice(0, 8).join(' | ')}`);
    const after_play = await storage();
    if (after_play.saveError || after_play.saved <= saved)
      fail(`the play was not stored in the browser (${JSON.stringify(after_play)})`);

    // Reloaded, the page still has the play: on the facilitator's dashboard.
    await page.reload();
    await open_page('after reloading');
    await press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));
    const dashboard = await open_dashboard('after reloading');
    if (finished_plays(dashboard).length !== 1)
      fail('after reloading, the dashboard does not list the finished play of friend-request; it shows: ' +
           dashboard.items.filter((i) => i.kind === 'text').map((i) => i.text).join(' | '));
    await shot('dashboard-after-reload');
    console.log('web page test: after reloading, the dashboard lists the play');
    await click(await wait_for('Lock and close', control(/^Lock and close/)));

    // A play left after a few replies is carried on after a reload, and finished.
    await click(await friend_request_button(/^Play\b/));
    saved = (await storage()).saved;
    await answer(replies.slice(0, kLeftAfter));
    saved = await stored_since(saved, `the first ${kLeftAfter} replies`);
    await page.reload();
    await open_page('reloading mid-play');
    await press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));
    const carry_on = await friend_request_button(/^Carry on\b/);
    await shot('carry-on');
    await click(carry_on);
    await answer(replies.slice(kLeftAfter));
    await to_the_debrief();
    console.log(`web page test: a play left after ${kLeftAfter} replies was carried on after a reload and finished`);

    // The dashboard's CSV, downloaded: both plays, each with every reply in order.
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'secondlook-downloads-'));
    try {
      const cdp = await browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await click(await wait_for('Other scenarios', control(/^Other scenarios/)));
      await open_dashboard('exporting');
      await click(await wait_for('Export CSV', control(/^Export CSV/)));
      const note = await wait_for('the export note', (l) => l.items.find((i) => i.kind === 'text' && /^(Saved|Not exported): /.test(i.text)));
      if (!/^Saved: secondlook-home\.csv$/.test(note.text)) fail(`the CSV export said: ${note.text}`);
      await shot('dashboard-export');
      const file = path.join(downloads, 'secondlook-home.csv');
      const until = Date.now() + kWaitSeconds * 1000;
      while (!fs.existsSync(file) && Date.now() < until) await sleep(100);
      if (!fs.existsSync(file)) fail(`no download ${file}; the folder holds: ${fs.readdirSync(downloads).join(', ')}`);
      const rows = parse_csv(fs.readFileSync(file, 'utf8'));
      const header = rows.shift();
      const column = (name) => header.indexOf(name);
      const plays = new Map();
      for (const row of rows) {
        if (row[column('scenario')] !== 'friend-request' || row[column('session')] !== 'home') continue;
        const id = row[column('play')];
        if (!plays.has(id)) plays.set(id, { answers: [], ending: row[column('ending')] });
        plays.get(id).answers.push(row[column('answer')]);
      }
      const reply_ids = replies.map((r) => r.id);
      if (plays.size !== 2) fail(`the CSV has ${plays.size} plays of friend-request in session home, not 2`);
      for (const [id, recorded] of plays) {
        const answered = recorded.answers.filter((a) => reply_ids.includes(a));
        if (answered.join(',') !== reply_ids.join(','))
          fail(`play ${id} in the CSV answered ${answered.join(',')}; the test answered ${reply_ids.join(',')}`);
        if (!recorded.ending) fail(`play ${id} in the CSV has no ending`);
      }
      console.log(`web page test: the CSV download has both plays, each with all ${reply_ids.length} replies in order`);
    } finally {
      fs.rmSync(downloads, { recursive: true, force: true });
    }
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

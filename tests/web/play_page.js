// The browser test (tools/web --test-page): serves build-web/site/ on
// 127.0.0.1 with python3's http.server (as tools/web --serve does), opens it
// in Debian's Chromium, headless, driven by puppeteer-core, and plays The
// Friend Request to its ending by keyboard: Enter on the content note, then
// each reply of FRIEND_REQUEST_SAFE_PATH (tests/CMakeLists.txt, the window
// tests' path) by its number key. The debrief must name the safe ending.
//
// The page is read and played through tests/web/page_helpers.js (its layout,
// never its pixels). Screenshots go to OUT_DIR/web-*.png.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node play_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { kWaitSeconds, fail, safe_path_replies, serve, sleep, launch_browser, has_text, control, player } =
  require('./page_helpers');

const [site, out] = process.argv.slice(2);

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
    page.on('response', (response) => { if (!response.ok()) problems.push(`${response.status()}: ${response.url()}`); });
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.Module && window.Module.calledRun, { timeout: kWaitSeconds * 1000 });
    const { shot, wait_for, press_until, play_replies } = player(page, out);

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
    await play_replies(replies, async (reply) => {
      if (!shown_mid_play && reply.id === 'give-in-ask') {
        await shot('play');
        shown_mid_play = true;
      }
    });

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

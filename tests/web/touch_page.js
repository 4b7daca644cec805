// The page on a phone and a tablet, by touch alone (tools/web --test-page,
// after play_page.js): at 390x844 (a phone upright) and 768x1024 (a school
// iPad), each a touch screen with its own pixel ratio, The Friend Request is
// played to an ending by taps only (puppeteer's touchscreen): the content
// note's button, the scenario's Play button, a reply, "See your debrief".
// On each screen on the way:
// - the page never scrolls sideways (nothing wider than the browser's window);
// - the canvas is drawn in the screen's own pixels (CSS size x devicePixelRatio);
// - the page's own layout report (the desktop's --layout-report, through
//   window.secondlook.layout()) passes tests/window/layout_check.py, the
//   desktop layout test's checks: nothing clipped or off screen, no text
//   under the body size; and the body text is at least 14 CSS pixels.
// Screenshots: OUT_DIR/web-phone-*.png and web-tablet-*.png (look at them).
// Usage: NODE_PATH=<puppeteer-core's node_modules> node touch_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { PageDriver, has_text, control, describe } = require('./page_driver');

const [site, out] = process.argv.slice(2);
const kMinimumBodyPoints = 14;  // CSS pixels: a phone's small print, never smaller
const devices = [
  { tag: 'phone', viewport: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { tag: 'tablet', viewport: { width: 768, height: 1024, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
];

async function play_by_touch({ tag, viewport }, reports) {
  const name = `touch page test (${tag}, ${viewport.width}x${viewport.height})`;
  const driver = await PageDriver.open({ site, out, name, viewport });
  const { page, fail } = driver;
  try {
    await driver.load();
    // Each screen: checked where it is, kept for the layout check, photographed.
    async function look(step, find) {
      await driver.wait_for(step, find);
      const full = await driver.layout();
      const page_size = await page.evaluate(() => ({
        scroll_width: document.documentElement.scrollWidth, inner_width: window.innerWidth,
        canvas: [document.getElementById('canvas').width, document.getElementById('canvas').height],
        css: [document.getElementById('canvas').clientWidth, document.getElementById('canvas').clientHeight],
        ratio: window.devicePixelRatio,
      }));
      if (page_size.scroll_width > page_size.inner_width)
        fail(`${step}: the page is ${page_size.scroll_width} px wide in a ${page_size.inner_width} px window (it scrolls sideways)`);
      const wanted = page_size.css.map((size) => Math.round(size * page_size.ratio));
      if (page_size.canvas[0] !== wanted[0] || page_size.canvas[1] !== wanted[1])
        fail(`${step}: the canvas has ${page_size.canvas.join('x')} pixels for ${page_size.css.join('x')} CSS pixels ` +
             `at pixel ratio ${page_size.ratio} (wanted ${wanted.join('x')})`);
      if (full.window_size[0] !== wanted[0] || full.window_size[1] !== wanted[1])
        fail(`${step}: the game lays out for ${full.window_size.join('x')}, not the canvas's ${wanted.join('x')}`);
      if (full.body_size / page_size.ratio < kMinimumBodyPoints - 0.5)
        fail(`${step}: body text is ${(full.body_size / page_size.ratio).toFixed(1)} CSS px, under ${kMinimumBodyPoints}`);
      reports.push(JSON.stringify({ ...full, label: `${tag} ${viewport.width}x${viewport.height}: ${step}` }));
      await driver.shot(`${tag}-${step.replace(/\W+/g, '-')}`);
      return full;
    }
    async function tap(item) {
      const { x, y } = await driver.centre(item);
      await page.touchscreen.tap(x, y);
    }
    const tap_until = (what, find, done) => driver.act_until(`${what} (tapping)`, async () => {
      const item = find(await driver.layout());
      if (item) await tap(item);
    }, done);

    const note_button = control(/^I understand, continue/);
    await look('content note', note_button);
    await tap_until('continue past the content note', note_button, (l) => !has_text('Before you start')(l));

    const listed = (l) => {
      const title = l.items.findIndex((i) => i.kind === 'text' && i.text === 'The Friend Request');
      return title >= 0 && l.items.slice(title).find((i) => i.kind === 'control' && /^Play\b/.test(i.text));
    };
    // Only a button shown whole on the screen, below the top bar, is tapped.
    const play_button = (l) => {
      const button = listed(l);
      return button && button.rect[1] >= l.window_size[1] * 0.15 && button.rect[3] <= l.window_size[1] && button;
    };
    await look('scenario list', listed);
    // The list is longer than a phone's screen: a finger drags it up (and
    // must not press the button it starts on) until the scenario shows.
    for (let drags = 0; drags < 20 && !play_button(await driver.layout()); ++drags) {
      const x = viewport.width / 2, from = viewport.height * 0.7, to = viewport.height * 0.4;
      await page.touchscreen.touchStart(x, from);
      for (let step = 1; step <= 5; ++step) await page.touchscreen.touchMove(x, from + ((to - from) * step) / 5);
      await page.touchscreen.touchEnd();
      const after = await driver.layout();
      if (!control(/^Play\b/)(after))
        fail(`dragging the scenario list pressed something instead of scrolling; the page shows: ${describe(after)}`);
    }
    await look('scenario list scrolled', play_button);
    const decline = control(/^Option \d: Decline\. You don't know Skye/);
    await tap_until('open The Friend Request', play_button, decline);
    await look('play', decline);
    const see_debrief = control(/^See your debrief/);
    await tap_until('decline the request', decline, see_debrief);
    await look('ending', see_debrief);
    await tap_until('open the debrief', see_debrief, has_text('ENDING'));
    const debrief = await look('debrief', has_text('ENDING: SAFE'));
    if (!has_text('You took a second look')(debrief))
      fail(`the debrief does not name the ending reached; it shows: ${describe(debrief)}`);
    console.log(`${name}: played to the debrief by touch in ${driver.seconds()} s`);
  } finally {
    await driver.close();
  }
}

async function main() {
  const reports = [];
  for (const device of devices) await play_by_touch(device, reports);
  const report_file = path.join(out, 'web-touch-layout.jsonl');
  fs.writeFileSync(report_file, reports.join('\n') + '\n');
  const check = path.resolve(__dirname, '..', 'window', 'layout_check.py');
  try {
    execFileSync('python3', [check, report_file], { stdio: 'inherit' });
  } catch (error) {
    console.error(`touch page test: the layout check found problems at phone or tablet size (${report_file})`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`touch page test: ${error.stack || error}`);
  process.exitCode = 1;
});

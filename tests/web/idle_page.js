// An idle page draws nothing (tools/web --test-page, after play_page.js):
// the page's loop skips the frames the desktop's would sleep through
// (WindowApp::next_wait), so a page left open on a laptop or a phone uses no
// processor while the player reads. Counted in the browser's own animation
// frames, never by a clock: once the content note is up and settled, 60
// animation frames pass with no frame drawn (the page's count,
// Module._secondlook_frames_drawn); a key pressed then draws again.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node idle_page.js SITE_DIR OUT_DIR
'use strict';
const { PageDriver, has_text, kWaitSeconds } = require('./page_driver');

const [site, out] = process.argv.slice(2);
const name = 'idle page test';
const kAnimationFrames = 60;

async function main() {
  const driver = await PageDriver.open({ site, out, name, viewport: { width: 1280, height: 720 } });
  const { page, fail } = driver;
  // Frames the page drew while the browser showed `count` animation frames.
  const drawn_over = (count) => page.evaluate((count) => new Promise((resolve) => {
    const before = window.Module._secondlook_frames_drawn();
    let left = count;
    (function tick() {
      if (--left < 0) resolve(window.Module._secondlook_frames_drawn() - before);
      else requestAnimationFrame(tick);
    })();
  }), count);
  try {
    await driver.load();
    await driver.wait_for('the content note', has_text('Before you start'));
    // The note settles in a few frames (the layout, the library loading);
    // from then on the page is idle. A page that never stops drawing fails.
    const until = Date.now() + kWaitSeconds * 1000;
    let drawn;
    while ((drawn = await drawn_over(kAnimationFrames)) > 0 && Date.now() < until);
    if (drawn > 0) fail(`the content note is idle, yet the page still drew ${drawn} frames in ${kAnimationFrames} animation frames`);
    await page.keyboard.press('Tab');
    if ((await drawn_over(kAnimationFrames)) === 0) fail('a key was pressed, and the page drew no frame');
    console.log(`${name}: no frame drawn in ${kAnimationFrames} animation frames while idle; a key draws again`);
  } finally {
    await driver.close();
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`${name}: ${error.stack || error}`);
  process.exitCode = 1;
});

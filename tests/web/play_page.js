// The browser test (tools/web --test-page): plays The Friend Request to its
// ending by keyboard in headless Chromium (tests/web/page_driver.js): Enter
// on the content note, then each reply of FRIEND_REQUEST_SAFE_PATH
// (tests/CMakeLists.txt, the window tests' path) by its number key. The
// debrief must name the safe ending. Screenshots go to OUT_DIR/web-*.png.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node play_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { PageDriver, path_replies, has_text, control } = require('./page_driver');

const [site, out] = process.argv.slice(2);
const name = 'web page test';

async function main() {
  for (const old of fs.readdirSync(out).filter((file) => /^web-.*\.png$/.test(file))) fs.rmSync(path.join(out, old));
  const driver = await PageDriver.open({ site, out, name, viewport: { width: 1280, height: 720 } });
  const replies = path_replies('FRIEND_REQUEST_SAFE_PATH', 'friend-request.yaml', driver.fail);
  const { page } = driver;
  page.on('response', (response) => { if (!response.ok()) driver.problems.push(`${response.status()}: ${response.url()}`); });
  try {
    await driver.load();
    await driver.wait_for('the content note', has_text('Before you start'));
    console.log(`${name}: the content note is up ${driver.seconds()} s after navigation`);
    await driver.shot('content-note');
    await driver.press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));

    await driver.wait_for('the scenario list', has_text('The Friend Request'));
    await driver.shot('scenario-list');
    await driver.click_play('The Friend Request');

    let shown_mid_play = false;
    for (const reply of replies) {
      const option = await driver.wait_for(`reply ${reply.id}`, control(new RegExp(
        `^Option (\\d): ${reply.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      const number = /^Option (\d)/.exec(option.text)[1];
      const hold = option.text.endsWith('Hold to choose') ? 2500 : 60;
      if (!shown_mid_play && reply.id === 'give-in-ask') {
        await driver.shot('play');
        shown_mid_play = true;
      }
      await driver.press_until(`reply ${reply.id} (${number})`, number,
                               (l) => !l.items.some((i) => i.text === option.text), hold);
    }

    // The story's last lines end on "See your debrief", focused for Enter.
    await driver.wait_for('the See your debrief button', control(/^See your debrief/));
    await driver.press_until('open the debrief', 'Enter', has_text('ENDING'));
    await driver.wait_for('the safe ending', has_text('ENDING: SAFE'));
    const debrief = await driver.wait_for("the safe ending's title", has_text("you did everything right"));
    await driver.shot('debrief');
    const texts = debrief.items.filter((i) => i.kind === 'text').map((i) => i.text);
    console.log(`${name}: played ${replies.length} replies to the debrief in ${driver.seconds()} s; ` +
                `it says: ${texts.slice(0, 8).join(' | ')}`);
  } finally {
    await driver.close();
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`${name}: ${error.stack || error}`);
  process.exitCode = 1;
});

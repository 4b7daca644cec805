// Read aloud in the page (tools/web --test-page, after play_page.js): the
// browser's speech synthesis says the story. Headless Chromium has no voices,
// so window.speechSynthesis is replaced, before the page loads, by a stand-in
// that notes what it is asked to say. Nothing is said while read aloud is
// off; after F3 turns it on and The Friend Request is opened, Skye's first
// message (its text read from scenarios/friend-request.yaml) is asked for.
// Usage: NODE_PATH=<puppeteer-core's node_modules> node read_aloud_page.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { PageDriver, has_text, sleep, kWaitSeconds } = require('./page_driver');

const [site, out] = process.argv.slice(2);
const name = 'read aloud page test';

// The stand-in: speak() notes the utterance's words, cancel() notes a cut.
function stub_speech() {
  window.spoken = [];
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speaking: false, pending: false,
      speak(utterance) { window.spoken.push(utterance.text); },
      cancel() { window.spoken.push('(cancel)'); },
      getVoices() { return []; },
    },
  });
}

function first_message() {
  const scenario = fs.readFileSync(path.resolve(__dirname, '..', '..', 'scenarios', 'friend-request.yaml'), 'utf8');
  const found = /- id: request-flattery\n\s+from: skye\n\s+text: "(.*)"\n/.exec(scenario);
  if (!found) throw new Error("Skye's message request-flattery not found in scenarios/friend-request.yaml; has it changed?");
  return found[1];
}

async function main() {
  const message = first_message();
  const driver = await PageDriver.open({ site, out, name, viewport: { width: 1280, height: 720 },
                                         prepare: (page) => page.evaluateOnNewDocument(stub_speech) });
  const { page, fail } = driver;
  const spoken = () => page.evaluate(() => window.spoken.filter((words) => words !== '(cancel)'));
  try {
    await driver.load();
    await driver.wait_for('the content note', has_text('Before you start'));
    await driver.press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));
    await driver.wait_for('the scenario list', has_text('The Friend Request'));
    const said_while_off = await spoken();
    if (said_while_off.length) fail(`read aloud is off, yet the page said: ${said_while_off.join(' / ')}`);

    await driver.press('F3');
    await driver.click_play('The Friend Request');
    await driver.wait_for("Skye's first message", has_text(message.slice(0, 40)));
    const until = Date.now() + kWaitSeconds * 1000;
    let said = [];
    while (Date.now() < until) {
      said = await spoken();
      if (said.some((words) => words.includes(message))) break;
      await sleep(100);
    }
    if (!said.some((words) => words.includes(message)))
      fail(`Skye's message "${message}" is on the screen but was never given to speechSynthesis.speak; ` +
           `it was given: ${said.join(' / ') || 'nothing'}`);
    console.log(`${name}: speechSynthesis was given ${said.length} lines, Skye's message among them`);
  } finally {
    await driver.close();
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`${name}: ${error.stack || error}`);
  process.exitCode = 1;
});

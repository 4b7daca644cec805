// The learning-platform test (tools/web --test-page): the SCORM 1.2 package
// tools/package-lms makes of build-web/site/ (The Friend Request, schools,
// pass mark 60), launched the way a platform launches it. The platform is a
// small page of the test's own (written beside the unpacked package, so of
// the same origin, as a platform serves a package): it reads imsmanifest.xml
// for the item's launch address and mastery score, offers scorm-again's
// SCORM 1.2 API as window.API, logs every call the game makes to it, keeps
// the learner's attempt between launches (in localStorage, as a platform
// keeps it on its server) and opens the package in an iframe.
//
// Launch 1 plays the first replies of the safe path, then the learner
// leaves (the platform's page is reloaded). Launch 2 must carry on from the
// next reply, without the content note; it plays to the debrief, whose
// "N of M points" must be what the platform received (raw N*100/M rounded
// down, of 0-100; passed at 60). Launch 3 only checks the attempt starts
// afresh, then quick exit must still finish the session (LMSFinish). The
// learner's name, given to the API, must never be asked for.
// Usage: NODE_PATH=<tools/install-test-browser's node_modules> node lms_scorm.js SITE_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { kWaitSeconds, set_label, fail, safe_path_replies, serve, sleep, launch_browser, has_text, control, player } =
  require('./page_helpers');

set_label('learning platform test');
const [site, out] = process.argv.slice(2);
const source = path.resolve(__dirname, '..', '..');
const kPassMark = 60;
const kLeaveAfter = 6;  // replies played before the learner leaves
const kLearnerName = 'Learner, Test';

// The platform's page: {{NAME}} is filled in below.
const kLmsPage = `<!doctype html>
<meta charset="utf-8"><title>Test learning platform</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; }
  iframe { position: absolute; left: 0; top: 0; width: 100%; height: 100%; border: 0; }</style>
<script src="test-lms-scorm12.js"></script>
<script>
(async function () {
  var CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
  var manifest = new DOMParser().parseFromString(await (await fetch('imsmanifest.xml')).text(), 'application/xml');
  var item = manifest.getElementsByTagNameNS(CP, 'item')[0];
  var resource = Array.from(manifest.getElementsByTagNameNS(CP, 'resource'))
    .find(function (r) { return r.getAttribute('identifier') === item.getAttribute('identifierref'); });
  var mastery = item.getElementsByTagNameNS(ADLCP, 'masteryscore')[0].textContent;
  // The attempt so far: what earlier launches left, and every call each made.
  var attempt = JSON.parse(localStorage.getItem('attempt') || '{"launches": []}');
  var api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({
    core: { student_id: 'learner-7', student_name: '{{NAME}}', credit: 'credit',
            lesson_status: attempt.lesson_status || 'not attempted', lesson_location: attempt.lesson_location || '',
            entry: !attempt.launches.length ? 'ab-initio' : attempt.exit === 'suspend' ? 'resume' : '' },
    suspend_data: attempt.suspend_data || '',
    student_data: { mastery_score: mastery },
  });
  var calls = [];
  attempt.launches.push(calls);
  function keep() {
    var cmi = JSON.parse(JSON.stringify(api.cmi));  // (cmi.core.exit is write-only as a property)
    attempt.lesson_status = cmi.core.lesson_status;
    attempt.lesson_location = cmi.core.lesson_location;
    attempt.exit = cmi.core.exit;
    attempt.suspend_data = cmi.suspend_data;
    localStorage.setItem('attempt', JSON.stringify(attempt));
  }
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].forEach(function (name) {
    var call = api[name].bind(api);
    api[name] = function () {
      var answer = call.apply(null, arguments);
      calls.push([name].concat(Array.from(arguments).map(String), [String(answer)]));
      keep();
      return answer;
    };
  });
  window.API = api;
  var frame = document.createElement('iframe');
  frame.src = resource.getAttribute('href') + item.getAttribute('parameters');
  document.body.appendChild(frame);
})();
</script>
`;

function make_package(folder) {
  fs.rmSync(folder, { recursive: true, force: true });
  const made = spawnSync(path.join(source, 'tools', 'package-lms'),
                         ['--site', site, '-o', folder, '--format', 'scorm', '--track', 'schools',
                          '--scenarios', 'friend-request', '--pass-mark', String(kPassMark), '--version', 'test'],
                         { encoding: 'utf8' });
  if (made.status !== 0) fail(`tools/package-lms failed: ${made.stderr}`);
  const zip = made.stdout.trim();
  const unpacked = path.join(folder, 'platform');
  const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', zip, unpacked], { encoding: 'utf8' });
  if (unzip.status !== 0) fail(`could not unpack ${zip}: ${unzip.stderr}`);
  fs.writeFileSync(path.join(unpacked, 'test-lms.html'), kLmsPage.replace('{{NAME}}', kLearnerName));
  fs.copyFileSync(require.resolve('scorm-again/scorm12'), path.join(unpacked, 'test-lms-scorm12.js'));
  return unpacked;
}

// Every call of every launch so far, as the platform kept them.
const launches = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('attempt') || '{"launches": []}').launches);
const set_values = (calls) => calls.filter((c) => c[0] === 'LMSSetValue' && c[3] === 'true').map((c) => [c[1], c[2]]);
const last_set = (calls, element) => {
  const found = set_values(calls).filter(([name]) => name === element);
  return found.length ? found[found.length - 1][1] : undefined;
};
function expect(what, actual, wanted) {
  if (actual !== wanted) fail(`${what}: the platform got ${JSON.stringify(actual)}, not ${JSON.stringify(wanted)}`);
}

async function main() {
  if (!fs.existsSync(path.join(site, 'index.html'))) fail(`no site in ${site}: run tools/web first`);
  const replies = safe_path_replies();
  const folder = make_package(path.join(out, 'lms-test'));
  const { server, url } = await serve(folder);
  const browser = await launch_browser();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.log(`learning platform test: page error: ${error.message}`));
    const game = () => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/index.html'));
      if (!frame) fail('the platform page has no game frame');
      return frame;
    };
    const { shot, wait_for, press, press_until, play_replies } = player(page, out, game);
    // Opens the platform's page and waits for the game in it, focused for keys.
    async function launch() {
      await page.waitForFunction(() => document.querySelector('iframe'), { timeout: kWaitSeconds * 1000 });
      await page.waitForFunction(() => { const w = document.querySelector('iframe').contentWindow;
                                         return w.Module && w.Module.calledRun; }, { timeout: kWaitSeconds * 1000 });
      await game().focus('#canvas');
    }

    // Launch 1: the content note, straight into the scenario, some replies.
    await page.goto(`${url}test-lms.html`);
    await launch();
    await wait_for('the content note', has_text('Before you start'));
    await press_until('continue past the content note', 'Enter', (l) => !has_text('Before you start')(l));
    await play_replies(replies.slice(0, kLeaveAfter));
    const kept = `friend-request:`;
    const left_at = replies[kLeaveAfter - 1].id;
    const until = Date.now() + kWaitSeconds * 1000;
    while (!(await page.evaluate(() => window.API.cmi.suspend_data)).includes(left_at)) {
      if (Date.now() > until) fail(`the ids played, up to ${left_at}, never reached cmi.suspend_data`);
      await sleep(100);
    }
    await shot('lms-before-leaving');
    await page.reload();  // the learner closes the window; the platform opens the package again

    let calls = (await launches(page))[0];
    expect('launch 1: the first call', calls[0] && calls[0][0], 'LMSInitialize');
    expect('launch 1: the status while playing', last_set(calls, 'cmi.core.lesson_status'), 'incomplete');
    expect('launch 1: the exit', last_set(calls, 'cmi.core.exit'), 'suspend');
    expect('launch 1: the last call', calls[calls.length - 1][0], 'LMSFinish');
    const suspended = last_set(calls, 'cmi.suspend_data');
    if (!suspended.startsWith(kept) || !suspended.includes(left_at))
      fail(`launch 1: cmi.suspend_data is ${JSON.stringify(suspended)}, not the ids played up to ${left_at}`);
    if (!/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/.test(last_set(calls, 'cmi.core.session_time') || ''))
      fail(`launch 1: cmi.core.session_time is ${last_set(calls, 'cmi.core.session_time')}, not HHHH:MM:SS.SS`);

    // Launch 2: carries on at the next reply (no content note), to the debrief.
    await launch();
    const next = replies[kLeaveAfter];
    await wait_for(`launch 2 carrying on at reply ${next.id}`, (l) => {
      if (has_text('Before you start')(l)) fail('launch 2 showed the content note instead of carrying on');
      return control(/^Option \d: /)(l);
    });
    await play_replies(replies.slice(kLeaveAfter));
    await wait_for('the See your debrief button', control(/^See your debrief/));
    await press_until('open the debrief', 'Enter', has_text('ENDING'));
    const points = await wait_for('the score', (l) => l.items.map((i) => /^(\d+) of (\d+) points/.exec(i.text)).find(Boolean));
    await shot('lms-debrief');
    const [earned, offered] = [Number(points[1]), Number(points[2])];
    const percent = Math.floor((earned * 100) / offered);
    const while_playing = await page.evaluate(() => window.API.cmi.core.lesson_status);
    await page.goto('about:blank');  // the learner closes it again
    await page.goto(`${url}test-lms.html`);
    await launch();

    calls = (await launches(page))[1];
    expect('launch 2: the first call', calls[0][0], 'LMSInitialize');
    expect('launch 2: cmi.core.score.raw', last_set(calls, 'cmi.core.score.raw'), String(percent));
    expect('launch 2: cmi.core.score.min', last_set(calls, 'cmi.core.score.min'), '0');
    expect('launch 2: cmi.core.score.max', last_set(calls, 'cmi.core.score.max'), '100');
    expect('launch 2: the status', last_set(calls, 'cmi.core.lesson_status'), percent >= kPassMark ? 'passed' : 'failed');
    expect('launch 2: the status before leaving', while_playing, percent >= kPassMark ? 'passed' : 'failed');
    expect('launch 2: the suspend data once ended', last_set(calls, 'cmi.suspend_data'), '');
    expect('launch 2: the exit once ended', last_set(calls, 'cmi.core.exit'), '');
    expect('launch 2: the last call', calls[calls.length - 1][0], 'LMSFinish');

    // Launch 3: a finished attempt is not carried on: the content note again.
    await wait_for('launch 3 starting afresh', has_text('Before you start'));
    const all = (await launches(page)).flat();
    const asked = all.filter((c) => c[0] === 'LMSGetValue').map((c) => c[1]);
    if (asked.some((name) => /student_name|student_id/.test(name))) fail(`the game asked for the learner: ${asked}`);
    const layout = await game().evaluate(() => window.secondlook.layout());
    if (layout.items.some((i) => i.text.includes(kLearnerName))) fail('the page shows the learner\'s name');
    // Quick exit (Shift three times) replaces the page: the platform still hears LMSFinish.
    for (let i = 0; i < 3; ++i) await press('Shift');
    const finish_until = Date.now() + kWaitSeconds * 1000;
    while (!((await launches(page))[2] || []).some((c) => c[0] === 'LMSFinish')) {
      if (Date.now() > finish_until) fail('launch 3: quick exit never called LMSFinish');
      await sleep(100);
    }
    console.log(`learning platform test: resumed at ${next.id} after ${kLeaveAfter} replies; ${earned} of ${offered} ` +
                `points reached the platform as ${percent} (${percent >= kPassMark ? 'passed' : 'failed'} at ${kPassMark})`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  if (!process.exitCode) console.error(`learning platform test: ${error.stack || error}`);
  process.exitCode = 1;
});

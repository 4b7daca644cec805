// The page's bridge to a learning platform (an LMS), when a package made by
// tools/package-lms was launched from one: window.secondlookPlatform, which
// the program (game/ui/learning_platform_web.cpp) asks what to play and
// tells how the play goes. It speaks SCORM 1.2's run-time API to the
// platform. Opened any other way (no ?scenario= in the address, or no
// platform's API), it tells nobody anything and the page is the plain site.
//
// What the platform hears: the status "incomplete" while playing; at an
// ending, the play's fair score (the debrief's "N of M") as a percentage,
// rounded down, in cmi.core.score.raw (min 0, max 100: SCORM 1.2 scores are
// 0 to 100, and gradebooks read them so), and "passed" when it is at least
// the mastery score (the package's pass mark, default 50), "failed"
// otherwise; the ids played as cmi.suspend_data (and the scenario as
// cmi.core.lesson_location), so a learner who closes the window carries on
// where they stopped; the session time when the page goes. The learner's
// name (cmi.core.student_name) is never read.
(function () {
  'use strict';
  var kDefaultPassMark = 50;          // percent: the same half as an objective's "met"
  var kSuspendDataLimit = 4096;       // SCORM 1.2's size of cmi.suspend_data
  var kTracks = ['schools', 'armed-forces', 'home', 'parents'];

  // The SCORM 1.2 run-time's own search for the API (its "FindAPI"): this
  // window and its parents, up to a few levels, then the window that opened
  // this one and its parents. A parent from another site cannot be looked
  // into: the search stops there.
  function find_in(win) {
    for (var level = 0; win && level < 10; ++level) {
      try {
        if (win.API) return win.API;
      } catch (other_site) {
        return null;
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }
  function find_api() {
    return find_in(window) || (window.opener ? find_in(window.opener) : null);
  }

  var query = new URLSearchParams(location.search);
  var scenario = /^[a-z0-9-]{1,80}$/.test(query.get('scenario') || '') ? query.get('scenario') : '';
  var track = kTracks.indexOf(query.get('track')) >= 0 ? query.get('track') : '';
  var api = null;          // the platform's API, once initialised
  var started = 0;         // when it was (for the session time)
  var ended = false;       // a play reached its ending in this session
  var finished = false;    // LMSFinish was called

  function get(name) {
    var value = api.LMSGetValue(name);
    return value === null || value === undefined ? '' : String(value);
  }
  function set(name, value) {
    if (String(api.LMSSetValue(name, String(value))) !== 'true')
      console.warn('learning platform: it refused ' + name + ' (error ' + api.LMSGetLastError() + ')');
  }

  // A platform's API that fails or throws leaves the page as the plain site
  // for that scenario: the learner can still play.
  function connect() {
    var found = find_api();
    if (!found) return;
    try {
      if (String(found.LMSInitialize('')) !== 'true') {
        console.warn('learning platform: LMSInitialize failed (error ' + found.LMSGetLastError() + '); playing without it');
        return;
      }
      api = found;
      started = Date.now();
      var status = get('cmi.core.lesson_status');
      if (status === '' || status === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
      api.LMSCommit('');
    } catch (error) {
      console.warn('learning platform: its API failed (' + error + '); playing without it');
      api = null;
    }
  }
  if (scenario) connect();

  // The ids kept at the last exit, when the learner comes back to the same scenario.
  function resume_ids() {
    if (!api || get('cmi.core.entry') !== 'resume') return '';
    var kept = get('cmi.suspend_data');
    return kept.indexOf(scenario + ':') === 0 ? kept.slice(scenario.length + 1) : '';
  }

  // "HHHH:MM:SS.SS", SCORM 1.2's CMITimespan.
  function timespan(ms) {
    var seconds = ms / 1000;
    var hours = Math.min(9999, Math.floor(seconds / 3600));
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = (seconds % 60).toFixed(2);
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return (hours < 10 ? '000' : hours < 100 ? '00' : hours < 1000 ? '0' : '') + hours + ':' + two(minutes) +
           ':' + (rest < 10 ? '0' : '') + rest;
  }

  function finish() {
    if (!api || finished) return;
    finished = true;
    set('cmi.core.session_time', timespan(Date.now() - started));
    // Left before an ending: kept to carry on ("suspend"); after one, done.
    set('cmi.core.exit', ended ? '' : 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  }
  // Closing the window, leaving the page, and quick exit (which replaces the page).
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);

  window.secondlookPlatform = {
    // What the program plays: null outside a package's launch.
    launch: function () {
      return scenario ? { scenario: scenario, track: track, resume: resume_ids() } : null;
    },
    // The ids played so far in `played_scenario` (comma-separated).
    progress: function (played_scenario, played) {
      if (!api || finished || ended || played_scenario !== scenario) return;
      var kept = played_scenario + ':' + played;
      // Too long to keep: the learner would start again rather than carry on wrongly.
      set('cmi.suspend_data', kept.length <= kSuspendDataLimit ? kept : '');
      set('cmi.core.lesson_location', played_scenario);
      api.LMSCommit('');
    },
    // A play of `played_scenario` reached its ending with `earned` of `offered`.
    finished: function (played_scenario, earned, offered) {
      if (!api || finished || played_scenario !== scenario) return;
      var mastery = parseFloat(get('cmi.student_data.mastery_score'));
      var pass_mark = isNaN(mastery) ? kDefaultPassMark : mastery;
      // A play that offered nothing to earn scores 100% (core/play_score.h).
      var percent = offered > 0 ? Math.floor((earned * 100) / offered) : 100;
      var passed = percent >= pass_mark;
      ended = true;
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.score.raw', percent);
      set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      set('cmi.suspend_data', '');  // a new attempt starts afresh
      api.LMSCommit('');
    },
    finish: finish,
  };
})();

// The page's storage (game/platform/storage_web.cpp): /data is kept in the
// browser's IndexedDB for this site by emscripten's IDBFS. Before main()
// runs, what an earlier visit stored is loaded, so the records file opens
// with every play in it. Module.secondlookPersist() copies the changed files
// back; one copy at a time, and one asked for meanwhile runs after it, so
// the last change is always stored. Module.secondlookStorage says how it
// stands: loadError (nothing will be kept), running/again, saveError, and
// saved (copies completed: the browser test waits on it).
Module.secondlookStorage = { loadError: '', saveError: '', running: false, again: false, saved: 0 };
Module.preRun = [].concat(Module.preRun || [], function () {
  var storage = Module.secondlookStorage;
  FS.mkdir('/data');
  try {
    FS.mount(IDBFS, {}, '/data');
  } catch (error) {
    storage.loadError = String(error && error.message || error);
    return;
  }
  addRunDependency('secondlook-storage');
  FS.syncfs(true, function (error) {
    if (error) storage.loadError = String(error && error.message || error);
    removeRunDependency('secondlook-storage');
  });
});
Module.secondlookPersist = function () {
  var storage = Module.secondlookStorage;
  if (storage.loadError) return;  // no storage: the page says results are not kept
  if (storage.running) { storage.again = true; return; }
  storage.running = true;
  FS.syncfs(false, function (error) {
    storage.running = false;
    storage.saveError = error ? String(error && error.message || error) : '';
    if (!error) storage.saved += 1;
    if (storage.again) {
      storage.again = false;
      Module.secondlookPersist();
    }
  });
};

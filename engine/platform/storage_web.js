// The browser half of engine/platform/storage.cpp, linked into the page's script with
// --pre-js (cmake/Graphics.cmake). It runs inside Emscripten's runtime, so FS, IDBFS, ENV and
// addRunDependency are in scope.
//
// In the browser the game's files live in memory (Emscripten's MEMFS). The per-user folder
// is kept across visits by mounting it with IDBFS, which copies it to and from the browser's
// IndexedDB on request:
//   - before main() starts, IndexedDB is copied into the folder; a run dependency holds
//     main() back until that is done, so the game reads the save it left last time;
//   - after every save, storage.cpp's persistUserFiles() calls Module.persistUserFiles(),
//     which copies the folder back.
// The folder is handed to storage.cpp's prefDir() as $SP_KEPT_USER_DIR, so the path is
// written down only here. (It must stay the same across versions: a player's files live
// under it in IndexedDB.)
(function () {
  var dir = '/home/web_user/starpath';   // web_user is Emscripten's own home folder
  var kept = false;                      // IndexedDB answered: what is written will last
  var writing = false, writeAgain = false;

  // One copy to IndexedDB at a time; a save made meanwhile (the replay right after the
  // progress, say) is carried by one more copy when the running one ends.
  Module.persistUserFiles = function () {
    if (!kept) return;
    if (writing) { writeAgain = true; return; }
    writing = true;
    FS.syncfs(false, function (error) {
      writing = false;
      // Through the runtime's err(), like the engine's own log lines (the page sorts them).
      if (error) err('[starpath warn] progress could not be written to this browser\'s storage: ' + error);
      else err('[starpath info] progress written to this browser\'s storage');
      if (writeAgain) { writeAgain = false; Module.persistUserFiles(); }
    });
  };
  Module.userFilesKept = function () { return kept; };

  Module.preRun = [].concat(Module.preRun || [], function () {
    FS.mkdirTree(dir);
    ENV.SP_KEPT_USER_DIR = dir;
    try {
      FS.mount(IDBFS, {}, dir);
    } catch (e) {
      err('[starpath warn] no IndexedDB storage in this browser: ' + e);
      return;   // the folder stays in memory: the game runs, progress lasts until the page closes
    }
    addRunDependency('starpath-user-files');
    FS.syncfs(true, function (error) {
      // Site data blocked (a school policy, some private windows): the game still starts.
      if (error) err('[starpath warn] this browser\'s storage could not be read: ' + error);
      else kept = true;
      removeRunDependency('starpath-user-files');
    });
  });
})();

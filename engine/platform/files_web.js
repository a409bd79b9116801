// The browser half of engine/platform/files.cpp: the clipboard, downloads and the file picker,
// linked into the page's script with --pre-js (cmake/Graphics.cmake). It runs inside
// Emscripten's runtime, so err() and HEAPU8/HEAP32 are in scope.
//
// Browsers let a page do two of these only just after a click or a key press ("transient
// user activation", about 5 s in Chromium): open a file picker and write to the clipboard.
// The game calls us from its frame (requestAnimationFrame), a few milliseconds after SDL
// queued the click that pressed the button, which is well inside that window; measured in
// headless Chromium by web/tests/files.test.mjs. Without a recent gesture the picker is
// refused and requestOpenFile() says so instead of failing silently.
//
// Every outcome is one console line ("clipboard: copied 12 chars", "files: opened a.json
// (812 bytes)"), which the browser tests read.
(function () {
  // Far above any file the game reads (an input log may reach 16 MiB, a level 1 MiB); the
  // game's own border checks judge the content. This only keeps a mistaken pick (a video)
  // from being copied into memory twice.
  var kMaxOpenBytes = 16 << 20;
  var opened = [];      // chosen files waiting for takeOpenedFile(): {name, bytes, problem} as UTF-8
  var picker = null;    // the hidden <input type=file> of the last request
  var utf8 = new TextEncoder();

  function info(text) { err('[starpath info] ' + text); }
  function warn(text) { err('[starpath warn] ' + text); }
  function hasGesture() {
    // Unknown (older browsers): try anyway; the browser refuses silently at worst.
    return !navigator.userActivation || navigator.userActivation.isActive;
  }
  function chars(text) { return Array.from(text).length; }   // code points, not UTF-16 units

  // The old way: select the text in an off-screen textarea and ask for a copy. Works on
  // plain http (no navigator.clipboard there) and where the async API is refused.
  function copyByCommand(text) {
    var keep = document.activeElement;
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    if (keep && keep.focus) keep.focus({preventScroll: true});   // the canvas or the text bridge
    return ok;
  }

  Module.starpathFiles = {
    // True if a copy was attempted; the console line tells how it ended.
    copyText: function (text) {
      var n = chars(text);
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () {
          info('clipboard: copied ' + n + ' chars');
        }, function (e) {
          if (copyByCommand(text)) info('clipboard: copied ' + n + ' chars (execCommand)');
          else warn('clipboard: refused: ' + (e && e.message ? e.message : e));
        });
        return true;
      }
      var ok = copyByCommand(text);
      if (ok) info('clipboard: copied ' + n + ' chars (execCommand)');
      else warn('clipboard: refused: this page may not write to the clipboard');
      return ok;
    },

    // A link with a download attribute on an object URL of the bytes: the browser saves
    // them as `name` (or asks where, as its settings say). No gesture needed.
    offerDownload: function (name, bytes) {
      var type = /\.json$/i.test(name) ? 'application/json' : 'application/octet-stream';
      var url = URL.createObjectURL(new Blob([bytes], {type: type}));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Not at once: some browsers read the URL after click() has returned.
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      info('files: offered ' + name + ' (' + bytes.length + ' bytes)');
      return true;
    },

    requestOpenFile: function (accept) {
      if (!hasGesture()) {
        warn('files: the file picker needs a click or a key press just before it');
        return false;
      }
      if (picker) picker.remove();   // a picker closed without a choice left its input behind
      var input = picker = document.createElement('input');
      input.type = 'file';
      if (accept) input.accept = accept;
      input.style.display = 'none';
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        input.remove();
        if (picker === input) picker = null;
        if (!file) return;
        var done = function (bytes, problem) {
          opened.push({name: utf8.encode(file.name), bytes: bytes, problem: utf8.encode(problem)});
          if (problem) warn('files: ' + file.name + ': ' + problem);
          else info('files: opened ' + file.name + ' (' + bytes.length + ' bytes)');
        };
        if (file.size > kMaxOpenBytes) {
          done(new Uint8Array(0), 'the file is ' + (file.size / 1048576).toFixed(1) +
               ' MB, far bigger than any file the game reads; choose another');
          return;
        }
        file.arrayBuffer().then(function (buffer) { done(new Uint8Array(buffer), ''); },
                                function (e) { done(new Uint8Array(0), 'the file could not be read (' + e + ')'); });
      });
      input.addEventListener('cancel', function () {
        input.remove();
        if (picker === input) picker = null;
        info('files: the file picker was closed without a choice');
      });
      document.body.appendChild(input);
      input.click();
      info('files: file picker opened' + (accept ? ' (' + accept + ')' : ''));
      return true;
    },

    // takeOpenedFile(), step 1: the UTF-8 sizes of the next file's name, bytes and problem
    // into three ints at `sizes`; false when no file is waiting.
    peekOpened: function (sizes) {
      if (!opened.length) return false;
      var f = opened[0];
      HEAP32[(sizes >> 2) + 0] = f.name.length;
      HEAP32[(sizes >> 2) + 1] = f.bytes.length;
      HEAP32[(sizes >> 2) + 2] = f.problem.length;
      return true;
    },
    // Step 2: copies them into the buffers the game sized from step 1, and forgets the file.
    takeOpened: function (name, bytes, problem) {
      var f = opened.shift();
      HEAPU8.set(f.name, name);
      HEAPU8.set(f.bytes, bytes);
      HEAPU8.set(f.problem, problem);
    }
  };
})();

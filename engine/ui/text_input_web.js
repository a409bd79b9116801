// The browser half of engine/ui/text_input.cpp: a hidden <textarea> that takes what an input
// method (IME) composes, for ImGui text fields. Linked with --pre-js (cmake/Graphics.cmake).
//
// SDL's Emscripten backend listens for keys on the window and types what keypress events
// carry. An IME sends no keypress: its keys arrive as keydown "Process" (keyCode 229), the
// text it composes goes to the focused editable element, and only compositionend says what was
// chosen. So while a field wants text (text_input.cpp calls focus(true)), this textarea has
// the focus, sits at the field's caret (where the IME opens its candidate window), and:
//   - compositionend: the committed text goes to the game as SDL_TEXTINPUT (sp_text_input);
//   - input "insertText" outside a composition (an on-screen keyboard, dictation, an emoji
//     picker, CDP's Input.insertText): the same;
//   - keydown while composing: stopped here, so SDL never sees the IME's own keys (a Backspace
//     that edits the pinyin must not also delete a character in the field);
//   - paste (Ctrl+V): the pasted text is typed once Ctrl is released (ImGui 1.86 ignores
//     characters while Ctrl is down); a page cannot read the clipboard any other way.
// A plain key ("a", Backspace, arrows, Enter) bubbles on to SDL's window listener as before,
// and SDL cancels its keypress, so the character is typed once, by SDL, and never lands in
// the textarea as well.
(function () {
  var area = null;
  var wanted = false;
  var composing = false;
  var caret = {x: 0, y: 0, h: 20};
  var pasted = '';      // waiting for Ctrl (or Cmd) to be released

  function canvas() { return Module.canvas || document.getElementById('canvas'); }
  function type(text) {
    if (!text || !Module._sp_text_input) return;
    text = text.replace(/\r\n?/g, '\n');
    for (var ch of text) Module._sp_text_input(ch.codePointAt(0));
  }
  function clear() { if (area.value) area.value = ''; }

  function place() {
    if (!area) return;
    var r = canvas().getBoundingClientRect();
    area.style.left = (r.left + caret.x) + 'px';
    area.style.top = (r.top + caret.y) + 'px';
    area.style.height = caret.h + 'px';
    area.style.fontSize = Math.max(8, Math.round(caret.h * 0.8)) + 'px';
  }

  function make() {
    area = document.createElement('textarea');
    area.id = 'starpath-text-input';
    area.setAttribute('aria-hidden', 'true');
    area.setAttribute('tabindex', '-1');
    area.setAttribute('autocomplete', 'off');
    area.setAttribute('autocorrect', 'off');
    area.setAttribute('autocapitalize', 'off');
    area.setAttribute('spellcheck', 'false');
    // Invisible but focusable and in the layout (display:none or visibility:hidden could not
    // take the focus). Under the canvas, and never in the way of the mouse.
    area.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:20px;margin:0;padding:0;border:0;' +
      'outline:none;resize:none;overflow:hidden;white-space:pre;opacity:0;color:transparent;' +
      'background:transparent;caret-color:transparent;pointer-events:none;z-index:-1;';
    area.addEventListener('compositionstart', function () { composing = true; });
    area.addEventListener('compositionend', function (e) {
      composing = false;
      type(e.data);
      clear();
    });
    area.addEventListener('input', function (e) {
      if (composing || e.isComposing) return;   // the IME is still choosing
      if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') type(e.data);
      clear();
    });
    var imeKey = function (e) {
      if (composing || e.isComposing || e.keyCode === 229) e.stopPropagation();
    };
    var flushPaste = function () {
      var text = pasted;
      pasted = '';
      type(text);
    };
    area.addEventListener('keydown', function (e) {
      imeKey(e);
      // Paste: let the browser do it (SDL would cancel any Ctrl key), then type it below.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) e.stopPropagation();
    });
    area.addEventListener('keyup', function (e) {
      imeKey(e);
      if (pasted && !e.ctrlKey && !e.metaKey) flushPaste();
    });
    area.addEventListener('paste', function (e) {
      e.preventDefault();
      pasted += e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    });
    // Focus stolen while a field still wants text (the window was left and came back,
    // a click elsewhere on the page): take it back.
    area.addEventListener('blur', function () {
      if (pasted) flushPaste();   // Ctrl was released elsewhere
      if (wanted) requestAnimationFrame(function () { if (wanted && document.activeElement !== area) area.focus({preventScroll: true}); });
    });
    document.body.appendChild(area);
    place();
  }

  Module.starpathText = {
    focus: function (on) {
      wanted = on;
      if (on) {
        if (!area) make();
        composing = false;
        clear();
        area.focus({preventScroll: true});
      } else if (area) {
        if (document.activeElement === area) {
          area.blur();
          canvas().focus({preventScroll: true});   // keys go where they went before
        }
        clear();
      }
    },
    place: function (x, y, h) {
      caret = {x: x, y: y, h: h};
      place();
    }
  };
})();

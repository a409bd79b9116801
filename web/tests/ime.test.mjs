// Typing Chinese through an input method (IME) into the level editor's text fields, in the
// browser. An IME sends no keypress events, which are all SDL's Emscripten backend types from;
// engine/ui/text_input_web.js keeps a hidden textarea focused at the field's caret and hands
// what the IME commits back to the game. Chromium's DevTools protocol plays the IME:
// Input.imeSetComposition is the pinyin being composed, Input.insertText the commit (or, with
// no composition, an on-screen keyboard or an emoji picker). Plain keys are Playwright's real
// key events. The result is read from the level file the editor downloads, never from memory.
// Saves out/ime-typed.png.
//   node ime.test.mjs [SITE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const {check, finish} = checker('ime test');

// The editor's layout in a 1280x720 page (game/editor): title menu, template page, editor.
const CREATE = [296, 490];          // title: "Create a level"
const TEMPLATE = [230, 260];        // "Around the Earth"
const LEVEL_TAB = [1008, 92];       // side panel: Level
const TITLE_ZH = [1150, 333];       // Level > Title > 中文
const TITLE_EN = [1150, 289];       // Level > Title > EN
const EMPTY_MAP = [160, 640];       // a corner of the map with nothing on it
const FILE_MENU = [608, 31];
const DOWNLOAD = [714, 142];        // File > Download the level file

const server = await serve(site);
const browser = await launchChromium();
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, acceptDownloads: true});
  const game = await openGame(context, server.url);
  const {page, log} = game;
  const cdp = await context.newCDPSession(page);
  const ime = {
    compose: (text) => cdp.send('Input.imeSetComposition', {text, selectionStart: text.length, selectionEnd: text.length}),
    commit: (text) => cdp.send('Input.insertText', {text}),
  };
  await waitForLine(log, /\] screen: title/);
  // The rest of the common hanzi arrive after the first frame, fetched beside the page.
  const typing = await waitForLine(log, /UI font: (\d+ glyphs for typing merged in|.*(could not be fetched|is not a whole))/).catch((e) => String(e));
  check(/\d{4} glyphs for typing merged in/.test(typing), `the typing font was fetched after the first frame and merged in (${typing})`);
  await page.waitForTimeout(500);
  await expectScreen(game, 'editor', () => page.mouse.click(...CREATE));
  await page.mouse.click(...TEMPLATE);
  await page.waitForTimeout(800);
  await page.mouse.click(...LEVEL_TAB);
  await frames(page, 4);

  // Into the Chinese title: text input starts (and the hidden textarea takes the focus).
  let from = log.messages.length;
  await page.mouse.click(...TITLE_ZH);
  await waitForLine(log, /\] text input: on$/, {from});
  check(true, 'a click on a text field starts text input');

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await frames(page, 2);
  // "xing tu", chosen from the candidates: nothing reaches the field until the commit.
  for (const step of ['x', 'xi', 'xin', 'xing', 'xing t', 'xing tu']) {
    await ime.compose(step);
    await frames(page, 1);
  }
  await ime.commit('星途');
  await frames(page, 2);
  // Plain keys: typed once each, by SDL, never twice through the textarea.
  await page.keyboard.type(' abc ');
  await frames(page, 2);
  // A Backspace inside a composition edits the pinyin, not the field.
  await ime.compose('haoo');
  await page.keyboard.press('Backspace');
  await ime.compose('hao');
  await ime.commit('号');
  await frames(page, 2);
  // Text with no composition (an on-screen keyboard, an emoji picker), then a real Backspace.
  await ime.commit('，一');
  await frames(page, 2);
  await page.keyboard.press('Backspace');
  await frames(page, 2);
  await screenshot(page, {path: path.join(out, 'ime-typed.png')});

  // Copy from the field (Ctrl+A, Ctrl+C) goes to the system clipboard.
  from = log.messages.length;
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const copied = await waitForLine(log, /clipboard: (copied|refused)/, {from}).catch((e) => String(e));
  check(/clipboard: copied 9 chars/.test(copied), `Ctrl+C in a field copies to the clipboard (${copied})`);

  // Paste into the English title: what the page receives is typed.
  await page.mouse.click(...TITLE_EN);
  await frames(page, 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Star path ');
  await page.keyboard.press('Control+V');
  await frames(page, 2);

  // Leave the field: text input stops and the canvas has the keys again.
  from = log.messages.length;
  await page.mouse.click(...EMPTY_MAP);
  await waitForLine(log, /\] text input: off$/, {from});
  check(true, 'leaving the field stops text input');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  check(focused === 'canvas', `the canvas has the focus again (${focused})`);

  // The level file the editor downloads holds what was typed.
  const download = page.waitForEvent('download', {timeout: 10_000});
  await page.mouse.click(...FILE_MENU);
  await frames(page, 3);
  await page.mouse.click(...DOWNLOAD);
  const file = await download;
  const level = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  console.log(`      downloaded ${file.suggestedFilename()}: title ${JSON.stringify(level.title)}`);
  check(level.title?.zh === '星途 abc 号，', `IME commits, plain keys and Backspace typed "星途 abc 号，" exactly (got ${JSON.stringify(level.title?.zh)})`);
  check(level.title?.en === 'Star path 星途 abc 号，', `Ctrl+V pasted the copied text (got ${JSON.stringify(level.title?.en)})`);

  checkNoErrors(check, log.errors());
} finally {
  await browser.close();
  await server.close();
}
finish();

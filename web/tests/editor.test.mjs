// A teacher makes a level in the browser, through real input only: "Create a level" on the
// title, the "Around the Earth" template, a zone from the palette nudged with the arrow keys
// (and the nudge undone and redone with Ctrl+Z / Ctrl+Y), a new title typed into the Level
// tab, the tab closed before any save and the autosave restored from the title on the next
// visit, the level saved to My levels (IndexedDB) with Ctrl+S, test-played to a win (which
// verifies it), its share link copied from the Share dialog, and that link opened in a fresh
// browser profile: the same level, byte for byte (the game logs a fingerprint of the level
// at both ends), straight into play.
// Browser -> native: the link's level, with the winning input it carries, is written to
// out/editor-verified-level.json and replayed by the native build (build/release/starpath-cli
// replay, which flies a level's own solution): the same win, stars and ticks as the browser's
// test flight, and the same state hash as the CLI compiled to WebAssembly (the browser's game
// prints no hash). Without a native build that check fails and says why.
// Saves out/editor-*.png.
//   node editor.test.mjs [SITE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, levelFileOfLink, openGame, waitForLine} from './lib/game.mjs';
import {nativeMissing, parseFlight, replayNative, replayWasm} from './lib/native.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const {check, finish} = checker('editor test');

const server = await serve(site);
const browser = await launchChromium();
const errors = [];
const shot = (page, name) => screenshot(page, {path: path.join(out, `editor-${name}.png`)});
// A click as a hand makes it: the pointer arrives, rests, presses, releases. (A click that
// teleports in misses ImGui's tabs, which only take a press on an item hovered the frame before.)
async function press(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
}
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  let game = await openGame(context, server.url);
  let {page, log} = game;
  await waitForLine(log, /\] screen: title/);
  await waitForLine(log, /surface planet\/.* baked|the Earth's pictures read/);   // the title's Earth is ready
  await page.waitForTimeout(500);
  await shot(page, 'title');

  // --- Create a level from a template ---------------------------------------------------------
  await expectScreen(game, 'editor', () => page.mouse.click(296, 490));   // Create a level
  await page.waitForTimeout(500);
  await shot(page, 'templates');
  let from = log.messages.length;
  await page.mouse.click(230, 260);                                        // Around the Earth
  await frames(page, 6);
  await shot(page, 'template-opened');

  // --- a zone from the palette, nudged with the keyboard, undone and redone -----------------
  await page.mouse.click(43, 200);                                         // Zone
  await frames(page, 6);
  await shot(page, 'zone-added');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await frames(page, 1);
  }
  await shot(page, 'zone-nudged');
  from = log.messages.length;
  const count = (pattern) => log.messages.slice(from).filter((m) => pattern.test(m.text)).length;
  await page.keyboard.press('Control+z');
  await frames(page, 3);
  await page.keyboard.press('Control+z');
  await frames(page, 3);
  await page.keyboard.press('Control+y');
  await frames(page, 3);
  await page.keyboard.press('Control+Shift+z');
  await frames(page, 4);
  check(count(/editor: undo move/) === 2 && count(/editor: redo move/) === 2,
        'Ctrl+Z undid two nudges; Ctrl+Y and Ctrl+Shift+Z redid them');

  // --- a title typed into the Level tab -----------------------------------------------------
  await press(page, 1008, 92);                                             // Level tab
  await frames(page, 4);
  await shot(page, 'level-tab');
  await press(page, 1150, 289);                                            // Title, EN
  await frames(page, 3);
  await shot(page, 'title-focused');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Orbit class', {delay: 30});
  await frames(page, 3);
  const typed = log.messages.length;
  await press(page, 600, 600);                                              // empty map: done typing
  await frames(page, 3);
  await shot(page, 'title-typed');

  // --- the tab closes before a save: the autosave is offered on the next visit -----------------
  // The autosave is written (a text field being typed into is one edit: saved when it ends),
  // then copied to IndexedDB (that line comes when the copy is done).
  await waitForLine(log, /editor: autosaved my-earth-orbit/, {from: typed});
  const autosaved = log.messages.findLastIndex((m) => /editor: autosaved/.test(m.text));
  await waitForLine(log, /written to this browser's storage/, {from: autosaved});
  errors.push(...log.errors());
  await page.close();
  game = await openGame(context, server.url);
  ({page, log} = game);
  await waitForLine(log, /\] screen: title/);
  await waitForLine(log, /surface planet\/.* baked|the Earth's pictures read/);   // the title's Earth is ready
  await page.waitForTimeout(500);
  await shot(page, 'restore-offer');
  await expectScreen(game, 'editor', () => press(page, 952, 155));        // Restore
  check(true, 'after the tab closed unsaved, the title offers the autosave and Restore opens it in the editor');
  await page.waitForTimeout(500);
  await shot(page, 'restored');

  // --- Ctrl+S: saved to My levels ------------------------------------------------------------
  from = log.messages.length;
  await page.keyboard.press('Control+s');
  await frames(page, 6);
  await shot(page, 'save-as');
  await press(page, 494, 392);                                             // Save (into My levels)
  const saved = await waitForLine(log, /editor: saved .*my-earth-orbit\.json/, {from});
  check(true, `Ctrl+S saved the level to My levels (${saved.replace(/.*saved /, '')})`);
  await waitForLine(log, /written to this browser's storage/, {from});

  // --- test-play it to a win: that verifies it ------------------------------------------------
  from = log.messages.length;
  await press(page, 1213, 31);                                             // Test-play: the briefing first
  await waitForLine(log, /\] screen: briefing/, {from});
  await frames(page, 10);
  await shot(page, 'test-play-briefing');
  await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // Start the flight
  await frames(page, 10);
  await shot(page, 'test-play');
  await page.keyboard.press('3');                                          // 4x time: the orbit goal is one lap
  const flight = await waitForLine(log, /^flight: my-earth-orbit /, {from, timeout: 120_000});
  console.log(`      game: ${flight}`);
  check(/^flight: my-earth-orbit won/.test(flight), 'the test flight is won');
  await page.waitForTimeout(2500);
  await shot(page, 'test-won');
  await expectScreen(game, 'results', () => press(page, 640, 260));        // Continue
  await page.waitForTimeout(500);
  await shot(page, 'results');
  await expectScreen(game, 'editor', () => press(page, 446, 557));         // Back to the editor
  await page.waitForTimeout(800);                                          // the verified check waits for a quiet moment
  await shot(page, 'verified');

  // --- Share: copy the link ---------------------------------------------------------------------
  from = log.messages.length;
  await press(page, 1109, 31);                                             // Share
  await frames(page, 4);
  await shot(page, 'share');
  await press(page, 494, 464);                                             // Copy the link (under the link itself)
  const made = await waitForLine(log, /editor: share link for my-earth-orbit \(([0-9a-f]{16})\)/, {from});
  const fingerprint = made.match(/\(([0-9a-f]{16})\)/)[1];
  await waitForLine(log, /clipboard: copied/, {from});
  const link = await page.evaluate(() => navigator.clipboard.readText());
  check(link.startsWith(`${server.url}#level=`), `the clipboard holds a share link to this page (${link.length} characters)`);
  // What the link carries, read the way any tool could: the level file, deflated, in base64url.
  const level = JSON.parse(levelFileOfLink(link));
  check(level.title.en === 'Orbit class', 'the link carries the typed title');
  check(level.zones?.length === 1 && level.zones[0].x_km === 5000, 'the link carries the zone, where the arrow keys put it');
  check(Array.isArray(level.solution), 'the link carries the winning input of the test flight (verified)');
  errors.push(...log.errors());
  await context.close();

  // --- browser -> native: the link's level replays its own solution to the same win -------------
  // The level file exactly as the link carries it; the CLI flies its "solution", no input log.
  const levelFile = path.join(out, 'editor-verified-level.json');
  fs.writeFileSync(levelFile, levelFileOfLink(link));
  const won = parseFlight(flight);
  const missing = nativeMissing();
  if (missing) {
    check(false, `browser -> native replay: ${missing}`);
  } else {
    try {
      const native = replayNative(levelFile);
      console.log(`      native: ${native.result}, ${native.stars} stars, ${native.ticks} ticks, hash ${native.hash}`);
      check(native.result === 'won' && native.stars === won?.stars && native.ticks === won?.ticks,
            `natively (build/release/starpath-cli replay out/editor-verified-level.json) the link's solution wins as ` +
            `in the browser: ${native.result}, ${native.stars} stars, ${native.ticks} ticks ` +
            `(browser: ${flight})`);
      // The browser's game prints no state hash; the same sim compiled to WebAssembly does.
      const wasm = replayWasm(site, levelFile);
      check(wasm !== null && wasm.hash === native.hash && wasm.ticks === native.ticks,
            wasm === null ? `no ${path.join(site, '..', 'starpath-cli.js')} to compare the state hash in WebAssembly`
                          : `the same state hash natively and in WebAssembly (starpath-cli.js under Node): ` +
                            `${native.hash} and ${wasm.hash}`);
    } catch (e) {
      check(false, `the native replay of out/editor-verified-level.json failed: ${(e.stderr || e.message).trim()}`);
    }
  }

  // --- the link in a fresh browser profile: the same level, on its briefing ----------------------------
  const fresh = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const other = await openGame(fresh, link);
  const opened = await waitForLine(other.log, /share link: level my-earth-orbit \(/);
  check(opened.includes(`(${fingerprint})`), `the fresh page opens the very same level (fingerprint ${fingerprint})`);
  await waitForLine(other.log, /\] screen: briefing \(level my-earth-orbit\)$/);   // a shared level opens on its briefing
  await other.page.waitForTimeout(1500);
  await screenshot(other.page, {path: path.join(out, 'editor-link-opened.png')});
  errors.push(...other.log.errors());
  await fresh.close();
  checkNoErrors(check, errors);
} finally {
  await browser.close();
  await server.close();
}
finish();

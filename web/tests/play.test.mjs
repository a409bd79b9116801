// A student's first lesson, in the browser, through real input only: level 1-1 of chapter 1
// played to a win with the mouse, a finger and the keyboard, then the page reloaded to see
// that the win was kept (IndexedDB) and the next level opened.
// What the game did is read from its own console lines ("screen: levels", "flight: 1-1 won,
// 3 stars, ...") and from screenshots, never from inside the page's memory.
// Saves out/play-aim.png, out/play-flying.png, out/play-won.png, out/levels-after-reload.png.
//   node play.test.mjs [SITE_DIR]
import path from 'node:path';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {imageStats} from './lib/pixels.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const {check, finish} = checker('play test');

const server = await serve(site);
const browser = await launchChromium();
try {
  // hasTouch: the page gets real touch events (Playwright's touchscreen.tap) as well as a mouse.
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, hasTouch: true});
  const game = await openGame(context, server.url);
  const {page, log} = game;
  await waitForLine(log, /\] screen: title/);
  await page.waitForTimeout(500);   // the title's buttons settle into place over a few frames

  // Title -> chapters -> level select -> briefing -> play: mouse, finger, mouse, finger.
  await expectScreen(game, 'chapters', () => page.mouse.click(296, 413));              // Play
  await expectScreen(game, 'levels', () => page.touchscreen.tap(640, 245));            // Chapter 1
  // The control for the reload check below: before any win, 1-2 is locked, and the same
  // click on its card opens nothing.
  const locked = await expectScreen(game, 'briefing (level 1-2)', () => page.mouse.click(640, 336), 2000).catch(() => '');
  check(locked === '', 'before a win, level 1-2 is locked (a click on its card opens nothing)');
  await expectScreen(game, 'briefing (level 1-1)', () => page.mouse.click(308, 336));   // 1-1
  await expectScreen(game, 'play (level 1-1)', () => page.touchscreen.tap(1069, 660));  // Start the flight
  check(true, 'reached level 1-1 with mouse clicks and touch taps');

  // Aim with the keyboard: the cannon starts at 5.00 km/s; each → adds 0.05 km/s, one key
  // press per frame (two in one frame would count once). 55 presses: 7.75 km/s, a nearly
  // circular orbit at 300 km (circular speed there is 7.73 km/s).
  for (let i = 0; i < 55; i++) {
    await page.keyboard.press('ArrowRight');
    await frames(page, 1);
  }
  await page.waitForTimeout(300);
  await screenshot(page, {path: path.join(out, 'play-aim.png')});
  const from = log.messages.length;
  await page.keyboard.press('Enter');   // fire
  await frames(page, 2);
  await page.keyboard.press('3');       // 4x time
  await page.waitForTimeout(4000);
  const flying = await screenshot(page, {path: path.join(out, 'play-flying.png')});
  const flight = await waitForLine(log, /^flight: 1-1 /, {from, timeout: 90_000});
  console.log(`      game: ${flight}`);
  check(/^flight: 1-1 won, 3 stars/.test(flight), 'level 1-1 is won with 3 stars');
  await page.waitForTimeout(500);
  await screenshot(page, {path: path.join(out, 'play-won.png')});

  // Continue -> results: the win is saved, then copied to IndexedDB.
  const beforeSave = log.messages.length;
  await expectScreen(game, 'results', () => page.mouse.click(640, 260));   // Continue
  await waitForLine(log, /progress written to this browser's storage/, {from: beforeSave});
  check(true, 'the win is written to the browser\'s storage');

  // Reload: a new page load, the same browser profile.
  log.messages.length = 0;
  await page.reload();
  await page.waitForFunction(() => window.starpathFirstFrameMs !== undefined, null, {timeout: 90_000});
  await waitForLine(log, /\] screen: title/);
  await page.waitForTimeout(500);
  await expectScreen(game, 'chapters', () => page.mouse.click(296, 413));
  await expectScreen(game, 'levels', () => page.mouse.click(640, 245));

  await page.waitForTimeout(500);
  await screenshot(page, {path: path.join(out, 'levels-after-reload.png')});
  // 1-2 opens only when 1-1 has been won: a click on its card must lead to its briefing.
  const line = await expectScreen(game, 'briefing (level 1-2)', () => page.mouse.click(640, 336)).catch(() => '');
  check(line !== '', 'after a reload, 1-1\'s win is kept: level 1-2 is open and its briefing shows');

  // Last: a second page in front would leave the game's page in the background, where the
  // browser slows its frames to one a second.
  const scratch = await context.newPage();
  const stats = await imageStats(scratch, flying);
  check(stats.stddev > 8 && stats.colors > 200, `a level in play is drawn (${stats.colors} colors)`);

  checkNoErrors(check, log.errors());
} finally {
  await browser.close();
  await server.close();
}
finish();

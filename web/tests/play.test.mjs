// A student's first lesson, in the browser, through real input only: level 1-1 of chapter 1
// played to a win with the mouse, a finger and the keyboard, then flown again (the aim is
// kept), then the page reloaded to see that the win was kept (IndexedDB) and the next level
// opened. On the way: a briefing opens at its top, even after one was scrolled; after a tap
// the launch panel offers no keys, after the mouse moves it does.
// What the game did is read from its own console lines ("screen: levels", "flight: 1-1 won,
// 3 stars, ...") and from screenshots, never from inside the page's memory.
// Saves out/play-briefing-top.png, play-after-tap.png, play-after-mouse.png, play-aim.png,
// play-flying.png, play-won.png and levels-after-reload.png.
//   node play.test.mjs [SITE_DIR]
import path from 'node:path';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {countNear, imageStats} from './lib/pixels.mjs';
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

  // A briefing opens at its top, whatever the last one was scrolled to: "Your mission" (in
  // amber, top left) is there; scrolled down with the wheel it is gone (the control); Back and
  // the same briefing again, it is there once more.
  const HEADING = [0xff, 0xcf, 0x70];   // the palette's accentHot
  const heading = async () => countNear(page, await page.screenshot({clip: {x: 60, y: 180, width: 220, height: 34}}), HEADING, 30);
  await page.waitForTimeout(300);
  await screenshot(page, {path: path.join(out, 'play-briefing-top.png')});
  const atTop = await heading();
  await page.mouse.move(370, 420);
  await page.mouse.wheel(0, 900);
  await frames(page, 10);
  const scrolled = await heading();
  await expectScreen(game, 'levels', () => page.mouse.click(54, 50));                   // Back
  await expectScreen(game, 'briefing (level 1-1)', () => page.mouse.click(308, 336));
  await page.waitForTimeout(300);
  const again = await heading();
  check(atTop > 30 && scrolled < 5 && again > 30,
        `the briefing opens at its top: its heading shows (${atTop} amber pixels), is scrolled away by the wheel (${scrolled}), ` +
        `and shows again when the briefing is opened again (${again})`);

  await expectScreen(game, 'play (level 1-1)', () => page.touchscreen.tap(1069, 660));  // Start the flight
  check(true, 'reached level 1-1 with mouse clicks and touch taps');

  // After a tap the launch panel does not offer keys ("Enter launches · arrows fine-tune"):
  // a finger has none, and the panel is a line shorter, so its amber Launch button reaches
  // down to y = 600. After the mouse moves the line is back under the button, which moves up.
  const BUTTON = [0xff, 0xb2, 0x3f];   // the palette's accent
  const belowButton = async () => countNear(page, await page.screenshot({clip: {x: 40, y: 597, width: 300, height: 6}}), BUTTON, 30);
  await frames(page, 5);
  await screenshot(page, {path: path.join(out, 'play-after-tap.png')});
  const afterTap = await belowButton();
  await page.mouse.move(700, 420);
  await frames(page, 5);
  await screenshot(page, {path: path.join(out, 'play-after-mouse.png')});
  const afterMouse = await belowButton();
  check(afterTap > 500 && afterMouse < 20,
        `the keyboard hint is hidden after a tap (the Launch button reaches y = 600: ${afterTap} amber pixels there) and ` +
        `shown once the mouse moves (${afterMouse})`);

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

  // Fly again keeps the aim: Enter alone launches at the 7.75 km/s of the last flight (the
  // default 5.00 would fall back), to the same win at the same tick.
  await expectScreen(game, 'play (level 1-1)', () => page.mouse.click(639, 610));   // Fly again
  await frames(page, 3);
  const fromAgain = log.messages.length;
  await page.keyboard.press('Enter');
  await frames(page, 2);
  await page.keyboard.press('3');
  const again2 = await waitForLine(log, /^flight: 1-1 /, {from: fromAgain, timeout: 90_000});
  check(again2 === flight, `Fly again keeps the last aim: Enter alone flies the same flight (${again2})`);
  await page.waitForTimeout(500);
  await expectScreen(game, 'results', () => page.mouse.click(640, 260));   // Continue

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

// Chapter 3 in the browser, through real input only: level 3-7 "Home with 1,731 g" (Chang'e
// 5's skip re-entry), opened from a link made of levels/3-7.json, played to a win the way a
// student plays it: pause at once, press the Forward "-" button sixty times (-60 m/s, a
// backward burn far out, 1 m/s a click), press Burn now, and fly at 4x through both dips and
// the parachute into the Siziwang site.
// What the game did is read from its console lines ("burn: 3-7 tick ...", "flight: 3-7 won,
// ..."), never from inside the page's memory. Saves out/ch3-planned.png, out/ch3-results.png.
//   node chapter3.test.mjs [SITE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const {check, finish} = checker('chapter 3 test');

const level = fs.readFileSync(path.join(repo, 'levels/3-7.json'));
const server = await serve(site);
const browser = await launchChromium();
let errors = [];
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const game = await openGame(context, server.url + `#level=${Buffer.from(level).toString('base64url')}`);
  const {page, log} = game;
  await waitForLine(log, /\] screen: briefing \(level 3-7\)$/);
  await frames(page, 4);
  await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // Start the flight
  await page.keyboard.press('Space');                                     // pause at once
  await frames(page, 4);
  check(true, 'level 3-7 opens from a link and its flight starts, paused');

  // Forward "-" at this size: the capsule's burn panel keeps its rows from the start, so the
  // button never moves under the pointer. -60 m/s wins from any tick of the first 20 s.
  for (let i = 0; i < 60; i++) {
    await page.mouse.click(52, 403);
    await frames(page, 2);
  }
  await page.mouse.move(700, 600);   // off the panel: no tooltip over the screenshot
  await page.waitForTimeout(500);
  await screenshot(page, {path: path.join(out, 'ch3-planned.png')});
  const from = log.messages.length;
  await page.mouse.click(194, 592);   // Burn now (while paused: it fires on the next tick)
  await frames(page, 2);
  await page.keyboard.press('3');     // 4x, which also runs the paused flight
  const burn = await waitForLine(log, /^burn: 3-7 /, {from, timeout: 60_000}).catch(() => '');
  console.log(`      game: ${burn}`);
  check(/^burn: 3-7 tick \d+, 0\.060 km\/s/.test(burn), 'the backward burn of 60 m/s fires at once');
  const flight = await waitForLine(log, /^flight: 3-7 /, {from, timeout: 240_000}).catch(() => '');
  console.log(`      game: ${flight}`);
  check(/^flight: 3-7 won, [23] stars/.test(flight), 'the returner skips once and lands in the Siziwang site: level 3-7 is won');
  await frames(page, 10);
  await screenshot(page, {path: path.join(out, 'ch3-results.png')});
  errors = log.errors();
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
checkNoErrors(check, errors);
finish();

// Chapter 2 in the browser, through real input only: level 2-1 "Yang Liwei Comes Home",
// opened from a link made of levels/2-1.json (the way any tool would), played to a win the way
// a student plays it: pause, click the predicted path a quarter of the way round to place the
// burn, press the Forward "-" button twenty times (-0.20 km/s, a backward burn), confirm with
// Enter, and
// fly at 4x until the capsule lands in the site.
// What the game did is read from its console lines ("burn: 2-1 tick ...", "flight: 2-1 won,
// ..."), never from inside the page's memory. Saves out/ch2-planned.png, out/ch2-landing.png.
//   node chapter2.test.mjs [SITE_DIR]
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
const {check, finish} = checker('chapter 2 test');

const level = fs.readFileSync(path.join(repo, 'levels/2-1.json'));
const server = await serve(site);
const browser = await launchChromium();
let errors = [];
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const game = await openGame(context, server.url + `#level=${Buffer.from(level).toString('base64url')}`);
  const {page, log} = game;
  await waitForLine(log, /\] screen: briefing \(level 2-1\)$/);
  await frames(page, 4);
  await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // Start the flight
  await page.keyboard.press('Space');                                     // pause at once
  await frames(page, 4);
  check(true, 'level 2-1 opens from a link and its flight starts, paused');

  // The orbit runs 221 px from the Earth's centre (640, 350) at this size: its rightmost
  // point, a quarter of the way round from the capsule at the top.
  await page.mouse.click(861, 350);
  await frames(page, 4);
  for (let i = 0; i < 20; i++) {   // Forward "-": 0.01 km/s a click
    await page.mouse.click(52, 447);
    await frames(page, 2);
  }
  await page.waitForTimeout(300);
  await screenshot(page, {path: path.join(out, 'ch2-planned.png')});
  await page.keyboard.press('Enter');   // Confirm (the panel's button moves as its text wraps)
  await frames(page, 2);
  const from = log.messages.length;
  await page.keyboard.press('3');    // 4x, which also runs the paused flight
  const burn = await waitForLine(log, /^burn: 2-1 /, {from, timeout: 120_000}).catch(() => '');
  console.log(`      game: ${burn}`);
  check(/^burn: 2-1 tick \d+, 0\.200 km\/s/.test(burn), 'the planned backward burn fires where it was placed, 0.20 km/s');
  await page.waitForTimeout(6000);
  await screenshot(page, {path: path.join(out, 'ch2-landing.png')});
  const flight = await waitForLine(log, /^flight: 2-1 /, {from, timeout: 120_000}).catch(() => '');
  console.log(`      game: ${flight}`);
  check(/^flight: 2-1 won, 3 stars/.test(flight), 'the capsule lands in the site: level 2-1 is won with 3 stars');
  errors = log.errors();
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
checkNoErrors(check, errors);
finish();

// Chapter 4 in the browser, through real input only. Level 4-1 "Stand Still in the Sky",
// opened from a link made of levels/4-1.json, played the way a student plays it: drag the
// radius slider near the geostationary radius, then the arrow keys (ten steps, Shift one)
// to 42,164 km exactly, Enter to start the clock, 4x, and the map view (M) while the day runs.
// What the game did is read from its console lines ("sky: 4-1 knobs ...", "sky: 4-1 start ...",
// "flight: 4-1 won, ..."), never from inside the page's memory. Saves out/ch4-set.png,
// out/ch4-map.png and out/ch4-results.png. Then 4-3 "Circles": a tap where the circles cross,
// arrow keys onto the ship, Enter (out/ch4-circles.png).
//   node chapter4.test.mjs [SITE_DIR]
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
const {check, finish} = checker('chapter 4 test');
const target = 42164;

const level = fs.readFileSync(path.join(repo, 'levels/4-1.json'));
const server = await serve(site);
const browser = await launchChromium();
let errors = [];
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const game = await openGame(context, server.url + `#level=${Buffer.from(level).toString('base64url')}`);
  const {page, log} = game;
  await waitForLine(log, /\] screen: briefing \(level 4-1\)$/);
  await frames(page, 4);
  await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // past the briefing
  const first = await waitForLine(log, /^sky: 4-1 knobs /);
  check(/knobs 36000\.0$/.test(first), `the radius knob starts at 36,000 km (${first})`);

  // The slider's track runs across the sky panel at the bottom left (its handle at 157, 375 on
  // 1280x720 for 36,000 km, as a native screenshot shows); drag the handle to the
  // right, then read where it came to rest from the console.
  let from = log.messages.length;
  await page.mouse.move(157, 375);
  await page.mouse.down();
  await frames(page, 2);
  for (let x = 157; x <= 222; x += 5) {
    await page.mouse.move(x, 375);
    await frames(page, 1);
  }
  await page.mouse.up();
  await page.mouse.move(700, 600);   // off the panel
  const dragged = await waitForLine(log, /^sky: 4-1 knobs /, {from});
  const km = Number(dragged.split(' ').pop());
  console.log(`      game: ${dragged}`);
  check(km > 40000 && km < 45000, `a drag brings the radius between 40,000 and 45,000 km (${km})`);

  // The keys the panel names: arrows ten steps (10 km), Shift+arrows one (1 km).
  const gap = target - km;
  const key = gap > 0 ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.floor(Math.abs(gap) / 10); i++) {
    await page.keyboard.press(key);
    await frames(page, 1);
  }
  for (let i = 0; i < Math.abs(gap) % 10; i++) {
    await page.keyboard.press(`Shift+${key}`);
    await frames(page, 1);
  }
  await frames(page, 3);
  const knobLines = log.messages.filter((m) => /^sky: 4-1 knobs /.test(m.text));
  const set = knobLines.length ? knobLines[knobLines.length - 1].text : '';
  console.log(`      game: ${set}`);
  check(/knobs 42164\.0$/.test(set), 'the arrow keys set 42,164 km exactly');
  await page.waitForTimeout(300);
  await screenshot(page, {path: path.join(out, 'ch4-set.png')});

  from = log.messages.length;
  await page.keyboard.press('Enter');   // start the clock
  const start = await waitForLine(log, /^sky: 4-1 start/, {from}).catch(() => '');
  console.log(`      game: ${start}`);
  check(/start 42164\.0$/.test(start), 'Enter starts the clock with the radius as set');
  await page.keyboard.press('3');   // 4x
  await frames(page, 20);
  await page.keyboard.press('m');   // the map view: the satellite's ground track is one dot
  await frames(page, 30);
  await screenshot(page, {path: path.join(out, 'ch4-map.png')});
  const flight = await waitForLine(log, /^flight: 4-1 /, {from, timeout: 240_000}).catch(() => '');
  console.log(`      game: ${flight}`);
  check(/^flight: 4-1 won, 3 stars/.test(flight), 'the satellite stands still over the dish for a day: level 4-1 is won with 3 stars');
  await frames(page, 10);
  await screenshot(page, {path: path.join(out, 'ch4-results.png')});
  errors = log.errors();
  await context.close();

  // 4-3 "Circles": a tap where the three circles cross the top of the Earth puts the mark
  // there; the arrow keys (1 degree, Shift 0.1) bring it onto the ship at 86.9 E; Enter.
  const circles = fs.readFileSync(path.join(repo, 'levels/4-3.json'));
  const ctx2 = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const game2 = await openGame(ctx2, server.url + `#level=${Buffer.from(circles).toString('base64url')}`);
  await waitForLine(game2.log, /\] screen: briefing \(level 4-3\)$/);
  await frames(game2.page, 4);
  await expectScreen(game2, 'play', () => game2.page.keyboard.press('Enter'));
  await waitForLine(game2.log, /^sky: 4-3 knobs 120\.0$/);
  await game2.page.waitForTimeout(4000);   // the circles grow out to their full size
  from = game2.log.messages.length;
  await game2.page.mouse.click(636, 273);
  const tapped = await waitForLine(game2.log, /^sky: 4-3 knobs /, {from});
  const lon = Number(tapped.split(' ').pop());
  console.log(`      game: ${tapped}`);
  check(Math.abs(lon - 86.9) < 10, `a tap near the crossing puts the mark within 10 degrees of the ship (${lon})`);
  const tenths = Math.round((86.9 - lon) * 10);
  const k2 = tenths > 0 ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.floor(Math.abs(tenths) / 10); i++) {
    await game2.page.keyboard.press(k2);
    await frames(game2.page, 1);
  }
  for (let i = 0; i < Math.abs(tenths) % 10; i++) {
    await game2.page.keyboard.press(`Shift+${k2}`);
    await frames(game2.page, 1);
  }
  await frames(game2.page, 3);
  const marks = game2.log.messages.filter((m) => /^sky: 4-3 knobs /.test(m.text));
  check(/knobs 86\.9$/.test(marks[marks.length - 1].text), `the arrow keys bring the mark onto the ship (${marks[marks.length - 1].text})`);
  await screenshot(game2.page, {path: path.join(out, 'ch4-circles.png')});
  from = game2.log.messages.length;
  await game2.page.keyboard.press('Enter');   // It is here
  const found = await waitForLine(game2.log, /^flight: 4-3 /, {from}).catch(() => '');
  console.log(`      game: ${found}`);
  check(/^flight: 4-3 won, 3 stars/.test(found), 'the mark on the ship: level 4-3 is won with 3 stars');
  errors = errors.concat(game2.log.errors());
  await ctx2.close();
} finally {
  await browser.close();
  await server.close();
}
checkNoErrors(check, errors);
finish();

// Chapter 4 in the browser, through real input only. Level 4-1 "Stand Still in the Sky",
// opened from a link made of levels/4-1.json, played the way a student plays it: drag the
// radius slider near the geostationary radius, then the arrow keys (ten steps, Shift one)
// to 42,164 km exactly, Enter to start the clock, 4x, and the map view (M) while the day runs.
// What the game did is read from its console lines ("sky: 4-1 knobs ...", "sky: 4-1 start ...",
// "flight: 4-1 won, ..."), never from inside the page's memory. Saves out/ch4-set.png,
// out/ch4-map.png and out/ch4-results.png. Then 4-3 "Circles": a tap where the circles cross,
// arrow keys onto the ship, Enter (out/ch4-circles.png); and 4-4 "The Clock": the clock knob
// turned by the keys until the circles meet, then the same (out/ch4-clock.png); and 4-5 "Good
// Geometry": satellites switched by the keys and a click, Enter (out/ch4-geometry.png).
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
  errors = errors.concat(await playLocate({id: '4-3', tap: [636, 273], lon: 86.9, shot: 'ch4-circles.png'}));
  // 4-4 "The Clock": the receiver's clock is 2,000 us ahead. Its knob comes first and the keys
  // turn it (Right: 100 us) until the circles meet, then the tap and the keys as in 4-3.
  errors = errors.concat(await playLocate({id: '4-4', clockPresses: 20, tap: [612, 277], lon: 109.3, shot: 'ch4-clock.png'}));

  // 4-5 "Good Geometry": eight satellites, four channels. The keys switch GEO 1 on (Right),
  // GEO 4 and MEO 1 off (Down to each, Left), and a click ticks MEO 3's box (at 44, 398 on
  // 1280x720, as a native screenshot shows): the best four. Enter fixes the position.
  const geometry = fs.readFileSync(path.join(repo, 'levels/4-5.json'));
  const ctx5 = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const g5 = await openGame(ctx5, server.url + `#level=${Buffer.from(geometry).toString('base64url')}`);
  await waitForLine(g5.log, /\] screen: briefing \(level 4-5\)$/);
  await frames(g5.page, 4);
  await expectScreen(g5, 'play', () => g5.page.keyboard.press('Enter'));
  await waitForLine(g5.log, /^sky: 4-5 knobs 0\.0, 0\.0, 1\.0, 1\.0, 0\.0, 1\.0, 1\.0, 0\.0$/);
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'ArrowLeft']) {
    await g5.page.keyboard.press(key);
    await frames(g5.page, 2);
  }
  from = g5.log.messages.length;
  await g5.page.mouse.click(44, 398);
  const chosen = await waitForLine(g5.log, /^sky: 4-5 knobs /, {from});
  console.log(`      game: ${chosen}`);
  check(/knobs 1\.0, 0\.0, 1\.0, 0\.0, 0\.0, 0\.0, 1\.0, 1\.0$/.test(chosen), 'the keys and a click switch on the best four satellites');
  await frames(g5.page, 3);
  await screenshot(g5.page, {path: path.join(out, 'ch4-geometry.png')});
  from = g5.log.messages.length;
  await g5.page.keyboard.press('Enter');   // Fix the position
  const fixed = await waitForLine(g5.log, /^flight: 4-5 /, {from}).catch(() => '');
  console.log(`      game: ${fixed}`);
  check(/^flight: 4-5 won, 3 stars/.test(fixed), 'the best four give a 1.44 m fix: level 4-5 is won with 3 stars');
  errors = errors.concat(g5.log.errors());
  await ctx5.close();
} finally {
  await browser.close();
  await server.close();
}
// A locate level (4-3, 4-4) played by real input: past the briefing, the clock knob turned
// `clockPresses` times with the Right key (if the level has one), a tap at `tap` where the
// circles cross, the arrow keys onto the receiver's longitude `lon`, Enter. Returns the errors.
async function playLocate({id, clockPresses = 0, tap, lon, shot}) {
  const file = fs.readFileSync(path.join(repo, `levels/${id}.json`));
  const ctx = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const g = await openGame(ctx, server.url + `#level=${Buffer.from(file).toString('base64url')}`);
  const knobs = new RegExp(`^sky: ${id} knobs `);
  const last = () => {
    const lines = g.log.messages.filter((m) => knobs.test(m.text));
    return lines.length ? lines[lines.length - 1].text : '';
  };
  await waitForLine(g.log, new RegExp(`\\] screen: briefing \\(level ${id}\\)$`));
  await frames(g.page, 4);
  await expectScreen(g, 'play', () => g.page.keyboard.press('Enter'));
  await waitForLine(g.log, knobs);
  for (let i = 0; i < clockPresses; i++) {
    await g.page.keyboard.press('ArrowRight');
    await frames(g.page, 1);
  }
  if (clockPresses) {
    await frames(g.page, 3);
    console.log(`      game: ${last()}`);
    check(/knobs 2000\.0, /.test(last()), `${id}: the Right key turns the clock knob to +2,000 us (${last()})`);
  }
  await g.page.waitForTimeout(4000);   // the circles grow out to their full size
  let from = g.log.messages.length;
  await g.page.mouse.click(tap[0], tap[1]);
  const tapped = await waitForLine(g.log, knobs, {from});
  const at = Number(tapped.split(' ').pop());
  console.log(`      game: ${tapped}`);
  check(Math.abs(at - lon) < 10, `${id}: a tap near the crossing puts the mark within 10 degrees of the receiver (${at})`);
  const tenths = Math.round((lon - at) * 10);
  const key = tenths > 0 ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.floor(Math.abs(tenths) / 10); i++) {
    await g.page.keyboard.press(key);
    await frames(g.page, 1);
  }
  for (let i = 0; i < Math.abs(tenths) % 10; i++) {
    await g.page.keyboard.press(`Shift+${key}`);
    await frames(g.page, 1);
  }
  await frames(g.page, 3);
  check(last().endsWith(` ${lon.toFixed(1)}`), `${id}: the arrow keys bring the mark onto the receiver (${last()})`);
  await screenshot(g.page, {path: path.join(out, shot)});
  from = g.log.messages.length;
  await g.page.keyboard.press('Enter');   // It is here
  const found = await waitForLine(g.log, new RegExp(`^flight: ${id} `), {from}).catch(() => '');
  console.log(`      game: ${found}`);
  check(new RegExp(`^flight: ${id} won, 3 stars`).test(found), `the mark on the receiver: level ${id} is won with 3 stars`);
  const errs = g.log.errors();
  await ctx.close();
  return errs;
}

checkNoErrors(check, errors);
finish();

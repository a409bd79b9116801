// Chapter 4 in the browser, through real input only. Level 4-1 "Stand Still in the Sky",
// opened from a link made of levels/4-1.json, played the way a student plays it: drag the
// radius slider near the geostationary radius, then the arrow keys (ten steps, Shift one)
// to 42,164 km exactly, Enter to start the clock, 4x, and the map view (M) while the day runs.
// What the game did is read from its console lines ("sky: 4-1 knobs ...", "sky: 4-1 start ...",
// "flight: 4-1 won, ..."), never from inside the page's memory. Saves out/ch4-set.png,
// out/ch4-map.png and out/ch4-results.png. Then 4-3 "Circles": a tap where the circles cross,
// arrow keys onto the ship, Enter (out/ch4-circles.png); and 4-4 "The Clock": the clock knob
// turned by the keys until the circles meet, then the same (out/ch4-clock.png); and 4-5 "Good
// Geometry": satellites switched by the keys and a click, Enter (out/ch4-geometry.png); and 4-6
// "Short-Message Rescue" the same way, then the clock runs until the message goes (out/ch4-rescue.png).
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
  errors = errors.concat(await playSwitches({
    id: '4-5', start: '0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0', click: [44, 398], shot: 'ch4-geometry.png',
    keys: ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'ArrowLeft'],
    chosen: '1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0', chosenSays: 'the keys and a click switch on the best four satellites',
    won: /^flight: 4-5 won, 3 stars/, wonSays: 'the best four give a 1.44 m fix: level 4-5 is won with 3 stars'}));

  // 4-6 "Short-Message Rescue": the keys switch GEO 1 off (Left), GEO 2 and 3 on, GEO 4 and
  // MEO 1 off, MEO 2 on, MEO 3 off (Down to each), and a click ticks MEO 4's box (at 44, 425
  // on 1280x720, as a native screenshot shows). Enter starts the clock; MEO 2 rises in the
  // west after 21 minutes of the level's time while MEO 4 is still up, and the message goes.
  errors = errors.concat(await playSwitches({
    id: '4-6', start: '1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0', click: [44, 425], shot: 'ch4-rescue.png',
    keys: ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown', 'ArrowLeft',
           'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft'],
    chosen: '0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0', chosenSays: 'the keys and a click switch on GEO 2, GEO 3, MEO 2 and MEO 4',
    won: /^flight: 4-6 won, 3 stars, 620 ticks/,
    wonSays: 'the message goes after 21 min through GEO 2 with a 7.2 m fix: level 4-6 is won with 3 stars'}));
} finally {
  await browser.close();
  await server.close();
}
// A level of satellite switches (4-5, 4-6) played by real input: past the briefing (the
// switches as `start`), the `keys`, a click on one checkbox at `click`, the switches now
// `chosen`, a screenshot, Enter, and the flight line `won` (the clock may run a while first).
// Returns the errors.
async function playSwitches({id, start, keys, click, chosen, chosenSays, shot, won, wonSays}) {
  const file = fs.readFileSync(path.join(repo, `levels/${id}.json`));
  const ctx = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const g = await openGame(ctx, server.url + `#level=${Buffer.from(file).toString('base64url')}`);
  const knobs = (values) => new RegExp(`^sky: ${id} knobs ${values.replaceAll('.', '\\.')}$`);
  await waitForLine(g.log, new RegExp(`\\] screen: briefing \\(level ${id}\\)$`));
  await frames(g.page, 4);
  await expectScreen(g, 'play', () => g.page.keyboard.press('Enter'));
  await waitForLine(g.log, knobs(start));
  for (const key of keys) {
    await g.page.keyboard.press(key);
    await frames(g.page, 2);
  }
  let from = g.log.messages.length;
  await g.page.mouse.click(click[0], click[1]);
  const picked = await waitForLine(g.log, new RegExp(`^sky: ${id} knobs `), {from});
  console.log(`      game: ${picked}`);
  check(knobs(chosen).test(picked), chosenSays);
  await frames(g.page, 3);
  await screenshot(g.page, {path: path.join(out, shot)});
  from = g.log.messages.length;
  await g.page.keyboard.press('Enter');
  const ended = await waitForLine(g.log, new RegExp(`^flight: ${id} `), {from, timeout: 60_000}).catch(() => '');
  console.log(`      game: ${ended}`);
  check(won.test(ended), wonSays);
  const errors = g.log.errors();
  await ctx.close();
  return errors;
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

// Chapter 3's landing in the browser, through real input only: level 3-3 "Soft Landing",
// opened from a link made of levels/3-3.json, flown twice to a win at 1x, once with the
// keyboard (W thrust, A and D turn, held together as a student holds them) and once with
// fingers on the on-screen pad (one finger at a time: Thrust, or a turn button).
// The pilot is this script, reading what the lander's HUD shows from the game's console
// ("landing: 3-3 t 12.25 s, x -40.1 m, height 180.2 m, down 3.10 m/s, sideways +1.20 m/s,
// lean +1.0 deg, fuel 80%", four lines a flight second) and answering with key and touch
// events, never a look inside the page's memory. It does what the level's hints say: drift to
// the flat ground right of the start, hover there, come down slowly, cut the engine about a
// metre up. Saves out/landing-keys.png (the hover) and out/landing-touch.png.
//   node landing.test.mjs [SITE_DIR]
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
const {check, finish} = checker('landing test');

const level = fs.readFileSync(path.join(repo, 'levels/3-3.json'));
const link = `#level=${Buffer.from(level).toString('base64url')}`;
const TARGET_X = 70;   // metres: the middle of the flat stretch from 40 to 106 m (see the level's hints)

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function parseLine(text) {
  const m = /^landing: 3-3 t ([\d.]+) s, x (-?[\d.]+) m, height ([\d.]+) m, down (-?[\d.]+) m\/s, sideways ([+-][\d.]+) m\/s, lean ([+-][\d.]+) deg/.exec(text);
  if (!m) return null;
  const [t, x, height, down, vx, lean] = m.slice(1).map(Number);
  return {t, x, height, down, vx, lean};
}

// What to do next, from what the HUD shows: whether to thrust, and how far to turn (degrees,
// + to lean right; D turns the lander clockwise, to the right).
function decide(s) {
  const dx = TARGET_X - s.x;
  const over = Math.abs(dx) <= 15;   // over the flat ground: stop there
  const vxWant = over && s.height < 30 ? 0 : clamp(0.06 * dx, -2.5, 2.5);
  // Low down the lean stays inside what the legs take (6 degrees), and in the last metres upright.
  const leanMax = s.height < 4 ? 0 : s.height < 12 ? 5 : 12;
  const leanWant = clamp(6 * (vxWant - s.vx), -leanMax, leanMax);
  // Away from the spot: come down to about 90 m and hover there; over it: slow down to the
  // ground; low and still sliding: hover until the slide is well under the legs' 1.2 m/s.
  let downWant = over ? clamp(0.1 * s.height + 0.7, 0.7, 5) : clamp(0.08 * (s.height - 90), 0, 4);
  if (s.height < 20 && Math.abs(s.vx) > 0.6) downWant = Math.min(downWant, 0.3);
  return {thrust: s.height > 1.2 && s.down > downWant, urgent: s.height > 1.2 && s.down > downWant + 1,
          turnDeg: leanWant - s.lean};
}

// Flies one landing, one decision per HUD line, until the flight's end line. `controls.act`
// answers a decision with the keys or fingers it has, and returns once it has.
async function fly(log, controls, from) {
  let seen = from, lines = 0;
  for (;;) {
    const msgs = log.messages;
    const end = msgs.slice(seen).find((m) => /^flight: 3-3 /.test(m.text));
    if (end) {   // a lost flight says why on the next line
      const why = await waitForLine(log, /^flight why: /, {from: seen, timeout: 1000}).catch(() => '');
      return {end: why ? `${end.text} (${why})` : end.text, lines};
    }
    let last = null;
    for (; seen < msgs.length; seen++) last = parseLine(msgs[seen].text) ?? last;
    if (!last) {
      await sleep(20);
      continue;
    }
    lines++;
    await controls.act(decide(last));
  }
}

const TURN_DEG_PER_S = 30;   // the lander's turn rate (levels/3-3.json)

function keyboard(page) {
  let on = false;
  return {
    async thrust(want) {
      if (want === on) return;
      on = want;
      await (want ? page.keyboard.down('w') : page.keyboard.up('w'));
    },
    async act(d) {   // one hand on W, the other turns
      await this.thrust(d.thrust);
      if (Math.abs(d.turnDeg) <= 1.5) return;
      const key = d.turnDeg > 0 ? 'd' : 'a';
      await page.keyboard.down(key);
      await sleep(Math.min(400, (Math.abs(d.turnDeg) / TURN_DEG_PER_S) * 1000));
      await page.keyboard.up(key);
    },
    async release() {
      await this.thrust(false);
    },
  };
}

// One finger on the pad through the DevTools protocol (Playwright's touchscreen only taps):
// touchStart on a button, touchEnd to lift. Each answers only after the page has taken the
// event (150 to 300 ms under SwiftShader), so a finger stays down about a quarter second
// longer than asked: small turns are left alone, and a fall that needs the engine comes first
// (a turn lifts the finger off Thrust).
const TOUCH_LAG_S = 0.2;
function fingers(cdp, pad) {
  let down = null;
  const lift = async () => {
    if (down) await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
    down = null;
  };
  const press = async (name) => {
    if (down === name) return;
    await lift();
    const [x, y] = pad[name];
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
    down = name;
  };
  return {
    async act(d) {
      if (d.urgent || Math.abs(d.turnDeg) <= 5) {
        if (d.thrust) await press('thrust');
        else if (down === 'thrust') await lift();
        return;
      }
      await press(d.turnDeg > 0 ? 'right' : 'left');
      await sleep(Math.max(0, Math.abs(d.turnDeg) / TURN_DEG_PER_S - TOUCH_LAG_S) * 1000);
      await lift();
    },
    release: lift,
  };
}

async function openLanding(context) {
  const game = await openGame(context, server.url + link);
  const {page, log} = game;
  await waitForLine(log, /\] screen: briefing \(level 3-3\)$/);
  await frames(page, 4);
  await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // Start: the lander falls at once
  return game;
}

const server = await serve(site);
const browser = await launchChromium();
let errors = [];
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, hasTouch: true});

  // 1. The keyboard.
  {
    const {page, log} = await openLanding(context);
    const keys = keyboard(page);
    const shot = waitForLine(log, /^landing: 3-3 t 4[0-9]\./, {timeout: 120_000})
      .then(() => screenshot(page, {path: path.join(out, 'landing-keys.png')})).catch(() => {});
    const {end, lines} = await fly(log, keys, 0);
    await keys.release();
    await shot;
    console.log(`      game: ${end} (${lines} HUD lines read)`);
    check(lines > 40, `the lander's HUD reached the console while flying (${lines} lines)`);
    check(/^flight: 3-3 won, [23] stars/.test(end), 'flown with W, A and D, the lander touches down softly: level 3-3 is won');
    errors.push(...log.errors());
    await page.close();
  }

  // 2. Fingers on the on-screen pad.
  {
    const {page, log} = await openLanding(context);
    const cdp = await context.newCDPSession(page);
    // The pad at 1280x720: turn left, thrust, turn right, in the bottom-right corner.
    const pad = {left: [1037, 651], thrust: [1127, 628], right: [1219, 651]};
    const hands = fingers(cdp, pad);
    const {end, lines} = await fly(log, hands, 0);
    await hands.release();
    await page.waitForTimeout(500);
    await screenshot(page, {path: path.join(out, 'landing-touch.png')});
    console.log(`      game: ${end} (${lines} HUD lines read)`);
    check(/^flight: 3-3 won, [23] stars/.test(end), 'flown with fingers on Thrust and the turn buttons, the lander touches down softly: level 3-3 is won');
    errors.push(...log.errors());
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
checkNoErrors(check, errors);
finish();

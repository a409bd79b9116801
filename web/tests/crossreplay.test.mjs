// Determinism you can ship: a level verified natively wins in the browser, and one verified in
// the browser wins natively. The native side is build/release/starpath-cli (replay: a level's
// own "solution", or an input log; link: a share link), the browser side the built site in
// headless Chromium, driven by real input only and read from the game's console lines.
//   1. Native -> browser, played. A share link made natively (starpath-cli link) opens in
//      the browser and the level's solution is played there by hand: the same result, stars
//      and ticks as the native replay. The browser has no button that plays a level's
//      solution as a flight, so the test plays it with the keys a player would, and only
//      solutions a player can play to the tick: the "Around the Earth" template's (no input
//      at all: Start, then 4x time, which is not part of the input) and level 1-1 with its
//      recorded solution (levels/solutions/1-1.json) put into the file as its "solution": one
//      launch at 7.72 km/s, while time stands still before the launch: two presses of the
//      panel's + (each snaps to the 0.01 km/s step) from the default 7.70.
//   2. Native -> browser, verified. The browser editor replays a level's solution (in
//      WebAssembly) to decide "Verified", and Share is enabled only then. The "Moon landing"
//      template (a pilot's 266 key changes, on the ground of a landing site), opened through
//      File > Open, is verified there: Share gives a link byte for byte the one starpath-cli
//      link makes of the same file. The control: the same level with its solution cut short,
//      which natively does not win, is not verified in the browser (no link to copy).
//   3. Browser -> native, with input. The "Around the Earth" template, test-played in the
//      browser editor with W held for a moment (a burn of the engine, at whatever ticks the
//      frames gave it), is won and so verified; its link's level, with the thrust in its
//      solution, replays natively to the same win, stars and ticks, and to the same state
//      hash as the CLI compiled to WebAssembly (the browser's game prints no hash).
//      (editor.test.mjs checks the same for a level edited in the browser.)
// Without build/release/starpath-cli the test fails at once and says so.
// Saves out/crossreplay-*.png and the level files it hands the CLI, out/crossreplay-*.json.
//   node crossreplay.test.mjs [SITE_DIR]
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, levelFileOfLink, openGame, waitForLine} from './lib/game.mjs';
import {nativeCli, nativeMissing, parseFlight, replayNative, replayWasm} from './lib/native.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const {check, finish} = checker('cross-replay test');

const missing = nativeMissing();
if (missing) {
  check(false, missing);
  finish();
}

// The layout of a 1280x720 page at scale 1 (as in editor.test.mjs and files.test.mjs).
const CREATE = [296, 490];          // title: Create a level
const TEMPLATE = [230, 260];        // the first template, "Around the Earth"
const FILE_MENU = [608, 31];
const OPEN_FILE = [755, 170];       // File > Open a file from this computer...
const SHARE = [1109, 31];
const COPY_LINK = [494, 464];       // in the Share dialog, under the link
const TEST_PLAY = [1213, 31];
const CONTINUE = [640, 260];        // on a won flight's banner
const BACK_TO_EDITOR = [446, 557];  // on a test flight's results
const AIM_PLUS = [335, 465];        // the launch panel's + (speed)

const decode = (link) => levelFileOfLink(link);
const rel = (file) => path.relative(repo, file);

const server = await serve(site);
const browser = await launchChromium();
const errors = [];
const shot = (page, name) => screenshot(page, {path: path.join(out, `crossreplay-${name}.png`)});
// A click as a hand makes it: the pointer arrives, rests, presses, releases (ImGui takes a
// press only on an item hovered the frame before).
async function press(page, [x, y]) {
  await page.mouse.move(x, y);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
}
async function freshGame(url, {clipboard = false} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  return {context, ...(await openGame(context, url))};
}
// The native replay of `file`, or null after a failing check that says why.
function native(file) {
  try {
    const r = replayNative(file);
    console.log(`      native ${rel(file)}: ${r.result}, ${r.stars} stars, ${r.ticks} ticks, hash ${r.hash}`);
    return r;
  } catch (e) {
    check(false, `starpath-cli replay ${rel(file)} failed: ${(e.stderr || e.message).trim()}`);
    return null;
  }
}
// The editor, on the first template, in a fresh profile that may read the clipboard.
async function openEditor() {
  const game = await freshGame(server.url, {clipboard: true});
  await waitForLine(game.log, /\] screen: title/);
  await game.page.waitForTimeout(500);
  await expectScreen(game, 'editor', () => game.page.mouse.click(...CREATE));
  await game.page.mouse.click(...TEMPLATE);
  await game.page.waitForTimeout(800);
  return game;
}
// Share, then Copy the link: the link, or '' when Share gave nothing to copy.
async function copyShareLink(game, name, {expect = true} = {}) {
  const {page, log} = game;
  const from = log.messages.length;
  await press(page, SHARE);
  await frames(page, 4);
  await shot(page, `${name}-share`);
  await press(page, COPY_LINK);
  const made = await waitForLine(log, /editor: share link for /, {from, timeout: expect ? 15_000 : 3_000}).catch(() => '');
  if (!made) return '';
  await waitForLine(log, /clipboard: copied/, {from});
  await page.keyboard.press('Escape');   // the dialog closes
  await frames(page, 4);
  return page.evaluate(() => navigator.clipboard.readText());
}

try {
  // --- 1. native -> browser, played ---------------------------------------------------------
  const level11 = JSON.parse(fs.readFileSync(path.join(repo, 'levels/1-1.json'), 'utf8'));
  level11.solution = JSON.parse(fs.readFileSync(path.join(repo, 'levels/solutions/1-1.json'), 'utf8')).events;
  const file11 = path.join(out, 'crossreplay-1-1.json');
  fs.writeFileSync(file11, JSON.stringify(level11, null, 2) + '\n');
  const launch = level11.solution[0]?.launch;
  check(level11.solution.length === 1 && level11.solution[0].tick === 0 && launch?.speed_km_s === 7.72 && launch?.angle_deg === 0,
        `1-1's recorded solution is one launch at tick 0, 7.72 km/s level (what the keys below play)`);
  const played = [
    {file: path.join(repo, 'levels/templates/1-earth-orbit.json'), id: 'earth-orbit', play: async () => {}},
    {file: file11, id: '1-1', play: async (page) => {
      for (let i = 0; i < 54; i++) {   // 5.00 km/s and 54 x 0.05: 7.70 (7.69999...)
        await page.keyboard.press('ArrowRight');
        await frames(page, 1);
      }
      await press(page, AIM_PLUS);     // 7.71, snapped to the step
      await press(page, AIM_PLUS);     // 7.72
      await page.waitForTimeout(300);
      await shot(page, '1-1-aim');
      await page.keyboard.press('Enter');   // launch
      await frames(page, 2);
    }},
  ];
  for (const {file, id, play} of played) {
    const want = native(file);
    if (!want) continue;
    check(want.result === 'won', `natively, ${rel(file)} is verified: its solution wins (${want.stars} stars, ${want.ticks} ticks)`);
    const link = nativeCli('link', file, server.url).trim();
    const game = await freshGame(link);
    const {page, log} = game;
    await waitForLine(log, new RegExp(`\\] screen: briefing \\(level ${id}\\)$`));
    await frames(page, 4);
    await expectScreen(game, 'play', () => page.keyboard.press('Enter'));   // Start the flight
    const from = log.messages.length;
    await play(page);
    await page.keyboard.press('3');   // 4x time: more ticks a frame, the same ticks
    const line = await waitForLine(log, new RegExp(`^flight: ${id} `), {from, timeout: 120_000});
    console.log(`      browser: ${line}`);
    const got = parseFlight(line);
    check(got?.result === want.result && got?.stars === want.stars && got?.ticks === want.ticks,
          `the link starpath-cli made of ${rel(file)} (${link.length} characters), played in the browser, ` +
          `ends as natively: ${got?.result}, ${got?.stars} stars, ${got?.ticks} ticks`);
    await page.waitForTimeout(1500);
    await shot(page, `${id}-won`);
    errors.push(...log.errors());
    await game.context.close();
  }

  // --- 2. native -> browser, verified by the browser's editor ----------------------------------
  {
    const file = path.join(repo, 'levels/templates/7-moon-landing.json');
    const text = fs.readFileSync(file, 'utf8');
    const level = JSON.parse(text);
    const want = native(file);
    check(want?.result === 'won', `natively, ${rel(file)} is verified: its ${level.solution.length} input changes win`);
    // The control: the same level, its solution cut off halfway down.
    const cut = {...level, solution: level.solution.slice(0, level.solution.length >> 1)};
    const cutFile = path.join(out, 'crossreplay-moon-landing-cut.json');
    fs.writeFileSync(cutFile, JSON.stringify(cut, null, 2) + '\n');
    const cutNative = native(cutFile);
    check(cutNative !== null && cutNative.result !== 'won',
          `the control: with its solution cut to ${cut.solution.length} changes, natively it does not win (${cutNative?.result})`);

    const game = await openEditor();
    const {page, log} = game;
    const open = async (name, bytes) => {
      const chooser = page.waitForEvent('filechooser', {timeout: 10_000});
      await page.mouse.click(...FILE_MENU);
      await frames(page, 3);
      await page.mouse.click(...OPEN_FILE);
      const from = log.messages.length;
      await (await chooser).setFiles({name, mimeType: 'application/json', buffer: Buffer.from(bytes)});
      await waitForLine(log, new RegExp(`files: opened ${name.replace('.', '\\.')} `), {from});
      await page.waitForTimeout(1500);   // the verified check waits for a quiet moment, then replays
      await shot(page, name.replace('.json', ''));
    };
    await open('7-moon-landing.json', text);
    const link = await copyShareLink(game, 'moon-landing');
    const nativeLink = nativeCli('link', file, server.url).trim();
    check(link !== '' && link === nativeLink,
          link === '' ? 'the browser editor verifies the natively verified moon landing (Share gave no link)'
                      : `the browser editor verifies the moon landing (Share is on), and its link is byte for byte ` +
                        `the one starpath-cli link makes (${link.length} and ${nativeLink.length} characters)`);
    await open('moon-landing-cut.json', JSON.stringify(cut, null, 2));
    const none = await copyShareLink(game, 'moon-landing-cut', {expect: false});
    check(none === '', 'the control: the cut solution is not verified in the browser either (Share gives no link)');
    errors.push(...log.errors());
    await game.context.close();
  }

  // --- 3. browser -> native, with input ---------------------------------------------------------
  {
    const game = await openEditor();
    const {page, log} = game;
    const from = log.messages.length;
    await press(page, TEST_PLAY);                                     // the briefing first
    await waitForLine(log, /\] screen: briefing/, {from});
    await frames(page, 10);
    await expectScreen(game, 'play', () => page.keyboard.press('Enter'));
    await page.keyboard.down('w');                                    // the engine, for a moment
    await page.waitForTimeout(400);
    await page.keyboard.up('w');
    await frames(page, 2);
    await page.keyboard.press('3');
    const line = await waitForLine(log, /^flight: my-earth-orbit /, {from, timeout: 120_000});
    console.log(`      browser: ${line}`);
    const won = parseFlight(line);
    check(won?.result === 'won', 'the template, test-played in the browser with W held a moment, is won (verified)');
    await page.waitForTimeout(2500);
    await expectScreen(game, 'results', () => press(page, CONTINUE));
    await expectScreen(game, 'editor', () => press(page, BACK_TO_EDITOR));
    await page.waitForTimeout(800);
    const link = await copyShareLink(game, 'thrust');
    const level = link ? JSON.parse(decode(link)) : {};
    const thrust = (level.solution ?? []).filter((e) => 'thrust' in e);
    check(thrust.length >= 2 && thrust[0].thrust === true,
          `its share link carries the winning input: ${JSON.stringify(level.solution ?? null).slice(0, 120)}`);
    const file = path.join(out, 'crossreplay-thrust.json');
    fs.writeFileSync(file, decode(link));
    const got = native(file);
    if (got) {
      check(got.result === 'won' && got.stars === won?.stars && got.ticks === won?.ticks,
            `natively (starpath-cli replay ${rel(file)}) it wins as in the browser: ${got.result}, ${got.stars} stars, ` +
            `${got.ticks} ticks (browser: ${line})`);
      const wasm = replayWasm(site, file);
      check(wasm !== null && wasm.hash === got.hash && wasm.ticks === got.ticks,
            wasm === null ? `no ${path.join(site, '..', 'starpath-cli.js')} to compare the state hash in WebAssembly`
                          : `the same state hash natively and in WebAssembly (starpath-cli.js under Node): ${got.hash} and ${wasm.hash}`);
    }
    errors.push(...log.errors());
    await game.context.close();
  }
  checkNoErrors(check, errors);
} finally {
  await browser.close();
  await server.close();
}
finish();

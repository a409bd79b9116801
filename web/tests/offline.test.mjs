// Offline play and clean updates, through the service worker (web/sw.js):
//   1. a first visit installs the worker, which then controls the page;
//   2. a new build (a new sw.js version, a changed page) replaces the old one: after one
//      reload the new worker has taken over and the old cache is gone; after the next, the
//      page is the new one;
//   3. with the server gone and the browser offline, a reload still starts the game, and a
//      level can be opened and played.
// The site is served from a temporary copy, which step 2 changes as a new build would.
// Saves out/offline-menu.png and out/offline-play.png.
//   node offline.test.mjs [SITE_DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {launchChromium, screenshot, waitForFirstFrame} from './lib/browser.mjs';
import {expectScreen, openGame, waitForLine} from './lib/game.mjs';
import {serve} from './lib/serve.mjs';
import {checker, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const {check, finish} = checker('offline test');

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'starpath-site-'));
fs.cpSync(site, copy, {recursive: true});
const server = await serve(copy);
const browser = await launchChromium();
const cacheNames = (page) => page.evaluate(() => caches.keys());
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const page = (await openGame(context, server.url)).page;

  // 1. The worker installs after the first frame and takes control of this very page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 60_000});
  const firstCaches = await cacheNames(page);
  check(firstCaches.length === 1 && /^starpath-[0-9a-f]{16}$/.test(firstCaches[0]),
        `the service worker controls the page, with one cache (${firstCaches.join(', ')})`);

  // 2. A new build: another version in sw.js, and a mark in the page. (Not in its title: the
  // game sets the title itself.)
  const worker = fs.readFileSync(path.join(copy, 'sw.js'), 'utf8');
  fs.writeFileSync(path.join(copy, 'sw.js'), worker.replace(/const VERSION = '[0-9a-f]+';/, "const VERSION = 'test0000version2';"));
  for (const file of ['index.html', 'starpath.html']) {
    const html = fs.readFileSync(path.join(copy, file), 'utf8');
    fs.writeFileSync(path.join(copy, file), html.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="build" content="version 2">'));
  }
  const build = () => page.evaluate(() => document.querySelector('meta[name=build]')?.content ?? 'version 1');
  await page.reload();   // still served by the old worker, from its cache
  await waitForFirstFrame(page);
  check(await build() === 'version 1', 'the reload right after a new build still runs the old version, whole');
  // The browser checks sw.js for a new version by itself after a page loads, but as a
  // low-priority task of the page's main thread. Under SwiftShader (no GPU) the game draws
  // every frame on that thread and leaves it no quiet moment, and Chromium then waits about a
  // minute (measured; an idle page gets its answer in about 2 s). So the test closes the game
  // and asks from a quiet page of the site, as a second tab would.
  await page.close();
  const quiet = await context.newPage();
  await quiet.goto(server.url + 'no-such-page');   // in the worker's scope, not in its cache: a 404
  await quiet.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  let names = [];
  for (const t0 = Date.now(); Date.now() - t0 < 60_000; await quiet.waitForTimeout(200)) {
    names = await cacheNames(quiet);
    if (names.length === 1 && names[0] === 'starpath-test0000version2') break;
  }
  check(names.length === 1 && names[0] === 'starpath-test0000version2',
        `the new version's worker took over and deleted the old cache (${names.join(', ')})`);
  await quiet.close();
  const game = await openGame(context, server.url);
  const {page: second, log} = game;
  check(await second.evaluate(() => document.querySelector('meta[name=build]')?.content) === 'version 2',
        'the next start runs the new version');

  // 3. No server, no network.
  await server.close();
  await context.setOffline(true);
  log.messages.length = 0;
  await second.reload();
  await waitForFirstFrame(second);
  await waitForLine(log, /\] screen: title$/);
  // The typing font comes after the first frame (engine/ui/ui.cpp), from the worker's cache too.
  const typing = await waitForLine(log, /UI font: (\d+ glyphs for typing merged in|.* could not be fetched)/).catch((e) => String(e));
  check(/glyphs for typing merged in/.test(typing), `offline, the typing font comes from the service worker and is merged in (${typing})`);
  await second.waitForTimeout(1000);
  await screenshot(second, {path: path.join(out, 'offline-menu.png')});
  // Every file came through the service worker (a response it handled has a workerStart).
  const served = await second.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => /\/$|starpath\.(js|wasm|data)$|starpath-ui-typing\.ttf$/.test(e.name)).map((e) => e.workerStart > 0));
  check(served.length === 5 && served.every(Boolean), `offline, with the server gone, a reload starts the game to its menu, every file from the service worker (${served.length} files)`);
  await expectScreen(game, 'chapters', () => second.mouse.click(296, 413));
  await expectScreen(game, 'levels', () => second.mouse.click(640, 245));
  await expectScreen(game, 'briefing (level 1-1)', () => second.mouse.click(308, 336));
  await expectScreen(game, 'play (level 1-1)', () => second.mouse.click(1069, 660));
  await second.keyboard.press('Enter');   // launch at the default speed: it falls back, and that is a flight
  const flight = await waitForLine(log, /^flight: 1-1 /, {timeout: 60_000});
  await screenshot(second, {path: path.join(out, 'offline-play.png')});
  check(true, `offline, a level opens and flies ("${flight}")`);

  const errors = log.errors();
  for (const e of errors) console.log(`      console.error: ${e.text}`);
  check(errors.length === 0, `no console errors while offline (${errors.length})`);
} finally {
  await browser.close();
  await server.close().catch(() => {});
  fs.rmSync(copy, {recursive: true, force: true});
}
finish();

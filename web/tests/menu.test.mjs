// The first browser test: the built site (scripts/web --build-only) loads in headless
// Chromium with no console errors, shows its loading screen, then the game's menu, on a
// canvas that fills the window at the device's pixel ratio and follows a resize.
// Saves out/loading.png and out/menu.png. Exit code 0 = pass. Run by scripts/test-web.
//   node menu.test.mjs [SITE_DIR]    (default: build/web/site of this checkout)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, screenshot, waitForFirstFrame, watchConsole} from './lib/browser.mjs';
import {imageStats} from './lib/pixels.mjs';
import {serve} from './lib/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(process.argv[2] || path.join(here, '../../build/web/site'));
const out = path.join(here, 'out');
fs.mkdirSync(out, {recursive: true});
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`no web build in ${site}: run scripts/web --build-only`);
  process.exit(2);
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
  if (!ok) failures.push(what);
}

const t0 = Date.now();
const server = await serve(site);
const browser = await launchChromium();
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const page = await context.newPage();
  const console_ = watchConsole(page);

  // Hold the .wasm back until the loading screen is on film: on localhost the download is
  // otherwise over before a screenshot could catch it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('fill').style.width !== '', null, {timeout: 30_000});
  await page.waitForTimeout(500);   // let the bar's CSS transition settle
  const loading = await screenshot(page, {path: path.join(out, 'loading.png')});
  const bar = await page.evaluate(() => ({
    fill: document.getElementById('fill').style.width,
    status: document.getElementById('status').textContent,
    title: document.querySelector('h1').textContent,
  }));
  check(bar.title === '星途', `the loading screen shows the name (${bar.title})`);
  check(/^\d+%$/.test(bar.fill) && parseInt(bar.fill) < 100, `the progress bar is part-way while the .wasm is held (${bar.fill}, "${bar.status}")`);
  release();

  const firstFrameMs = await waitForFirstFrame(page);
  console.log(`      first frame ${firstFrameMs.toFixed(0)} ms after navigation (with the held .wasm)`);
  await page.waitForTimeout(1500);   // the menu's windows size themselves over a few frames
  const menu = await screenshot(page, {path: path.join(out, 'menu.png')});

  const scratch = await context.newPage();   // decode screenshots away from the game's page
  const loadingStats = await imageStats(scratch, loading);
  const stats = await imageStats(scratch, menu);
  console.log(`      menu.png: luminance mean ${stats.mean.toFixed(1)}, spread ${stats.stddev.toFixed(1)}, ${stats.colors} colors` +
              ` (loading.png: ${loadingStats.colors} colors)`);
  check(stats.stddev > 8 && stats.colors > 200, 'the menu is drawn (the canvas is not blank)');
  check(await page.evaluate(() => document.getElementById('cover').classList.contains('gone')), 'the loading screen is gone');

  // Browsers let sound start only after a gesture, and the game resumes its audio context
  // on one. (Under Playwright a page counts as already activated, so the context may be
  // running before the click: this checks that sound runs, not that it waited.)
  const audioState = () => page.evaluate(() => window.Module.SDL2?.audioContext?.state ?? 'none');
  const audioBefore = await audioState();
  await page.mouse.click(1230, 40);   // empty sky, away from every button
  await page.waitForTimeout(300);
  const audioAfter = await audioState();
  check(audioAfter === 'running', `sound runs after the first click (audio context ${audioBefore} -> ${audioAfter})`);

  const sizes = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return {w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio};
  });
  let s = await sizes();
  check(s.w === 1280 && s.h === 720 && s.cssW === 1280 && s.cssH === 720, `the canvas fills the window (${s.w}x${s.h})`);
  await page.setViewportSize({width: 900, height: 640});
  // The game sizes its canvas on its next frame, and a frame may be long on a slow machine
  // (the planet's surface is baked in one): wait for the size, up to 10 s, not a fixed time.
  await page.waitForFunction(() => {
    const c = document.getElementById('canvas');
    return c.width === 900 && c.height === 640;
  }, null, {timeout: 10_000}).catch(() => {});
  s = await sizes();
  check(s.w === 900 && s.h === 640, `the canvas follows a resize (${s.w}x${s.h})`);

  // A HiDPI screen (a tablet, a Retina laptop): the drawing buffer has device pixels.
  const hidpi = await browser.newContext({viewport: {width: 800, height: 600}, deviceScaleFactor: 2});
  const page2 = await hidpi.newPage();
  const console2 = watchConsole(page2);
  await page2.goto(server.url);
  await waitForFirstFrame(page2);
  await page2.waitForFunction(() => document.getElementById('canvas').width === 1600, null, {timeout: 10_000}).catch(() => {});
  const s2 = await page2.evaluate(() => {
    const c = document.getElementById('canvas');
    return {w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight};
  });
  check(s2.w === 1600 && s2.h === 1200 && s2.cssW === 800, `at pixel ratio 2 the canvas has 2x the pixels (${s2.w}x${s2.h} for ${s2.cssW}x${s2.cssH})`);
  await screenshot(page2, {path: path.join(out, 'menu-hidpi.png')});

  // Where the game cannot run, the page says why instead of staying on a spinner.
  const problem = async (setup, shot) => {
    const ctx = await browser.newContext({viewport: {width: 1280, height: 720}});
    const p = await ctx.newPage();
    await setup(p);
    await p.goto(server.url);
    await p.waitForSelector('#cover.failed', {timeout: 30_000});
    await p.waitForTimeout(300);
    await screenshot(p, {path: path.join(out, shot)});
    const text = await p.evaluate(() => document.getElementById('problem-title').textContent + ' ' +
                                         document.getElementById('problem-text').textContent);
    await ctx.close();
    return text;
  };
  const noWebGL2 = await problem((p) => p.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  }), 'no-webgl2.png');
  check(/WebGL2/.test(noWebGL2), `without WebGL2 the page says so ("${noWebGL2}")`);
  const noWasm = await problem((p) => p.route('**/*.wasm', (r) => r.abort()), 'download-failed.png');
  check(/download/i.test(noWasm), `a failed download is reported ("${noWasm}")`);
  const noData = await problem((p) => p.route('**/*.data', (r) => r.fulfill({status: 404, body: 'not found'})), 'data-404.png');
  check(/download/i.test(noData), `a missing data file is reported ("${noData}")`);

  for (const m of [...console_.messages, ...console2.messages]) console.log(`      console.${m.type}: ${m.text}`);
  const errors = [...console_.errors(), ...console2.errors()];
  check(errors.length === 0, `no console errors (${errors.length})`);
} finally {
  await browser.close();
  await server.close();
}
console.log(`${failures.length ? 'FAILED' : 'passed'}: menu test in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);

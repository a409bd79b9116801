// Figures for the README (not pass/fail):
//   1. what a first visit downloads, gzipped, and what the service worker adds to keep the
//      site for offline play;
//   2. how long headless Chromium takes from navigation to the game's first drawn menu frame;
//   3. the replay benchmark (starpath-bench --campaign) compiled to WebAssembly and run under
//      Node.js, as a ratio of the native benchmark's throughput, both measured in this run.
//   node figures.mjs [SITE_DIR] [RUNS]     (default: build/web/site of this checkout, 3 runs)
// The server compresses like a production host (gzip -9); each run is a fresh browser
// profile, so nothing comes from a cache. SwiftShader draws on the CPU: a real GPU is faster.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, waitForFirstFrame, watchConsole} from './lib/browser.mjs';
import {serve} from './lib/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const site = path.resolve(process.argv[2] || path.join(repo, 'build/web/site'));
const runs = Number(process.argv[3] || 3);
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`no web build in ${site}: run scripts/web --build-only`);
  process.exit(2);
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bytes = (rows) => rows.reduce((sum, r) => sum + r.bytes, 0);

// --- 1 and 2: the page in Chromium -------------------------------------------------------------
const server = await serve(site, {gzip: true});
const browser = await launchChromium();
const firstFrame = [];
let firstLoad = null, afterFirstFrame = null, offlineCopy = null, engineLines = [];
// Fetched by the game itself after its first frame (engine/ui/ui.cpp): not part of the first load.
const lateFiles = ['/assets/fonts/starpath-ui-typing.ttf'];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 720}});
    const page = await context.newPage();
    const console_ = watchConsole(page);
    const from = server.log.length;
    await page.goto(server.url);
    firstFrame.push(await waitForFirstFrame(page));
    if (!firstLoad) {
      // Everything before sw.js is the game's own download: the page registers the service
      // worker after its first frame, and the worker then fetches every file once more
      // (mostly "304 Not Modified": the browser already holds them).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 60_000});
      await page.waitForTimeout(500);
      const visit = server.log.slice(from);
      const worker = visit.findIndex((r) => r.path === '/sw.js');
      const late = (r) => lateFiles.includes(r.path);
      firstLoad = visit.slice(0, worker).filter((r) => !late(r));
      afterFirstFrame = visit.filter(late).slice(0, 1);
      offlineCopy = visit.slice(worker).filter((r) => !afterFirstFrame.includes(r));
      engineLines = console_.messages.map((m) => m.text).filter((t) => / ms$/.test(t));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Starpath web build: ${site}`);
console.log(`Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}; Chromium headless, WebGL2 through SwiftShader\n`);
const width = 16 + Math.max(0, ...lateFiles.map((f) => f.length - 16));
const table = (rows) => {
  for (const r of rows) {
    const file = path.join(site, r.path);
    const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
    console.log(`  ${r.path.padEnd(width)} ${String(r.status).padEnd(4)} ${kb(r.bytes).padStart(8)} on the wire  (${kb(size)} as built)`);
  }
};
console.log('First load, gzip -9, every file the game fetched:');
table(firstLoad);
const raw = firstLoad.reduce((sum, r) => sum + (fs.existsSync(path.join(site, r.path)) ? fs.statSync(path.join(site, r.path)).size : 0), 0);
console.log(`  ${'total'.padEnd(width + 5)} ${kb(bytes(firstLoad)).padStart(8)} gzipped  (${kb(raw)} as built; ${(bytes(firstLoad) / 1e6).toFixed(2)} MB)`);
console.log('After the first frame, the game fetches the typing font (the common hanzi it does not write itself):');
table(afterFirstFrame);
console.log('Then the service worker keeps a copy for offline play:');
table(offlineCopy);
console.log(`  ${'total'.padEnd(width + 5)} ${kb(bytes(offlineCopy)).padStart(8)} more\n`);
console.log(`Navigation to first menu frame: median ${median(firstFrame).toFixed(0)} ms over ${runs} runs ` +
            `(${firstFrame.map((t) => t.toFixed(0)).join(', ')} ms)`);
for (const line of engineLines) console.log(`  engine, first run: ${line}`);

// --- 3: the replay benchmark, native and WebAssembly ------------------------------------------
const native = path.join(repo, 'build/release/starpath-bench');
const wasm = path.join(repo, 'build/web/starpath-bench.js');
console.log('\nCampaign replay (starpath-bench --campaign --rounds 50), best of 3 alternating runs each:');
if (!fs.existsSync(native) || !fs.existsSync(wasm)) {
  console.log(`  skipped: needs ${native} (the release preset) and ${wasm} (the web preset)`);
} else {
  const ticksPerSecond = (command, args) => {
    const out = execFileSync(command, [...args, '--campaign', '--rounds', '50'], {encoding: 'utf8'});
    return Number(/(\d+) ticks\/s/.exec(out)[1]);
  };
  let best = {native: 0, wasm: 0};
  for (let i = 0; i < 3; i++) {
    best.native = Math.max(best.native, ticksPerSecond(native, []));
    best.wasm = Math.max(best.wasm, ticksPerSecond(process.execPath, ['--no-experimental-fetch', wasm]));
  }
  console.log(`  native (build/release, gcc -O2):     ${best.native.toFixed(0).padStart(9)} ticks/s`);
  console.log(`  WebAssembly (Node.js ${process.version}): ${best.wasm.toFixed(0).padStart(9)} ticks/s`);
  console.log(`  WebAssembly / native: ${(best.wasm / best.native).toFixed(2)}`);
}

// Figures for the README (not pass/fail): what a first visit downloads, gzipped, and how
// long headless Chromium takes from navigation to the game's first drawn menu frame.
//   node figures.mjs [SITE_DIR] [RUNS]     (default: build/web/site of this checkout, 3 runs)
// The server compresses like a production host (gzip -9); each run is a fresh browser
// profile, so nothing comes from a cache. SwiftShader draws on the CPU: a real GPU is faster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, waitForFirstFrame, watchConsole} from './lib/browser.mjs';
import {serve} from './lib/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(process.argv[2] || path.join(here, '../../build/web/site'));
const runs = Number(process.argv[3] || 3);
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`no web build in ${site}: run scripts/web --build-only`);
  process.exit(2);
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(site, {gzip: true});
const browser = await launchChromium();
const firstFrame = [];
let firstLoad = null, engineLines = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 720}});
    const page = await context.newPage();
    const console_ = watchConsole(page);
    const from = server.log.length;
    await page.goto(server.url);
    firstFrame.push(await waitForFirstFrame(page));
    if (!firstLoad) {
      await page.waitForTimeout(1000);   // anything fetched just after the first frame counts too
      firstLoad = server.log.slice(from);
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
console.log('First load, gzip -9, every file the page fetched:');
let wire = 0, raw = 0;
for (const r of firstLoad) {
  const file = path.join(site, r.path.endsWith('/') ? r.path + 'index.html' : r.path);
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  wire += r.bytes;
  raw += size;
  console.log(`  ${r.path.padEnd(16)} ${String(r.status).padEnd(4)} ${kb(r.bytes).padStart(8)} gzipped  (${kb(size)} as built)`);
}
console.log(`  ${'total'.padEnd(21)} ${kb(wire).padStart(8)} gzipped  (${kb(raw)} as built; ${(wire / 1e6).toFixed(2)} MB)\n`);
console.log(`Navigation to first menu frame: median ${median(firstFrame).toFixed(0)} ms over ${runs} runs ` +
            `(${firstFrame.map((t) => t.toFixed(0)).join(', ')} ms)`);
for (const line of engineLines) console.log(`  engine, first run: ${line}`);

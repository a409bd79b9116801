// The other side of the cross-replay tests: starpath-cli, the headless tool, as built natively
// in build/release of this checkout (scripts/test builds the release preset before it runs the
// browser tests) and compiled to WebAssembly beside the site (build/web/starpath-cli.js, run
// under Node as scripts/test-web runs it for the golden hashes). What it says is its own
// output: `replay` prints one JSON object (result, stars, ticks, hash), `link` a share link.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const NATIVE_CLI = path.join(repo, 'build/release/starpath-cli');

// Why the native tool cannot be run, as a sentence, or '' when it can. The browser tests can
// be run without a native build; then a cross-replay check fails and says so, never passes.
export function nativeMissing() {
  if (fs.existsSync(NATIVE_CLI)) return '';
  return `${NATIVE_CLI} is missing: build the release preset first (cmake --preset release && ` +
         'cmake --build --preset release; scripts/test does this before the browser tests)';
}

// starpath-cli ARGS..., natively; its stdout. Throws (with its stderr) on a non-zero exit.
export function nativeCli(...args) {
  return execFileSync(NATIVE_CLI, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

// The native replay of a level file: its own "solution" (a level made in the editor), or the
// input log `inputs`. The CLI's JSON: {result, stars, ticks, hash, ...}.
export function replayNative(levelFile, inputs) {
  return JSON.parse(nativeCli('replay', levelFile, ...(inputs ? [inputs] : [])));
}

// The same replay by the WebAssembly build of starpath-cli under Node (the sim compiled as the
// browser's game is), or null when the web build has none next to `site`.
export function replayWasm(site, levelFile) {
  const js = path.join(site, '..', 'starpath-cli.js');
  if (!fs.existsSync(js)) return null;
  const out = execFileSync(process.execPath, ['--no-experimental-fetch', js, 'replay', path.resolve(levelFile)],
                           {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  return JSON.parse(out);
}

// The game's one line at the end of a flight (game/screens/play.cpp):
// "flight: ID won, 3 stars, 2701 ticks, 90.0 minutes" -> {id, result, stars, ticks}.
export function parseFlight(line) {
  const m = /^flight: (\S+) (\w+), (\d+) stars, (\d+) ticks/.exec(line);
  return m ? {id: m[1], result: m[2], stars: Number(m[3]), ticks: Number(m[4])} : null;
}

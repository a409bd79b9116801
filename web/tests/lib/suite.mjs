// What every browser test file shares: where the site and the screenshots are, and the
// "ok / FAIL" lines with an exit code (0 = pass) that scripts/test-web reads.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// The built site: the first command-line argument, or build/web/site of this checkout.
export function siteDir(testUrl) {
  const here = path.dirname(fileURLToPath(testUrl));
  const site = path.resolve(process.argv[2] || path.join(here, '../../build/web/site'));
  if (!fs.existsSync(path.join(site, 'index.html'))) {
    console.error(`no web build in ${site}: run scripts/web --build-only`);
    process.exit(2);
  }
  return site;
}

// web/tests/out/, for screenshots (kept out of git).
export function outDir(testUrl) {
  const out = path.join(path.dirname(fileURLToPath(testUrl)), 'out');
  fs.mkdirSync(out, {recursive: true});
  return out;
}

export function checker(name) {
  const failures = [];
  const t0 = Date.now();
  return {
    check(ok, what) {
      console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}  [${((Date.now() - t0) / 1000).toFixed(1)} s]`);
      if (!ok) failures.push(what);
    },
    // Prints the verdict and exits: 0 when every check passed.
    finish() {
      console.log(`${failures.length ? 'FAILED' : 'passed'}: ${name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      process.exit(failures.length ? 1 : 0);
    },
  };
}

// The last check of every test: the game wrote nothing to console.error (each one is shown).
export function checkNoErrors(check, errors) {
  for (const e of errors) console.log(`      console.error: ${e.text}`);
  check(errors.length === 0, `no console errors (${errors.length})`);
}

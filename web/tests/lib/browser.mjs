// Debian's Chromium, headless, with WebGL2 through SwiftShader (no GPU on the test machines):
// the flags measured in ../shared/PLATFORM.md. Playwright gives every launch a fresh,
// temporary profile (--user-data-dir), so no test sees another's storage or cache.
// Never `npx playwright install`: it downloads a browser; we use the system's.
import fs from 'node:fs';
import {chromium} from 'playwright-core';

export const CHROMIUM = process.env.STARPATH_CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run',
  // What a student's browser does (Playwright would otherwise let sound start unasked).
  '--autoplay-policy=user-gesture-required',
];

export async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: scripts/test-web installs Debian's chromium`);
  return chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
}

// Records what the page says, so a test can fail on errors and print everything else.
export function watchConsole(page) {
  const messages = [];
  page.on('console', (m) => messages.push({type: m.type(), text: m.text()}));
  page.on('pageerror', (e) => messages.push({type: 'error', text: `uncaught: ${e.message}`}));
  page.on('requestfailed', (r) => messages.push({type: 'error', text: `request failed: ${r.url()} ${r.failure()?.errorText}`}));
  return {
    messages,
    errors: () => messages.filter((m) => m.type === 'error'),
  };
}

// Resolves when the engine has drawn its first frame (web/shell.html sets the mark).
export async function waitForFirstFrame(page, timeout = 90_000) {
  await page.waitForFunction(() => window.starpathFirstFrameMs !== undefined, null, {timeout, polling: 100});
  return page.evaluate(() => window.starpathFirstFrameMs);
}

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

// page.screenshot, tried again when Chromium answers "Unable to capture screenshot": under
// load (2 cores, SwiftShader) the capture of a freshly navigated page sometimes fails once
// (CI, 2026-12-02, on the page that reports a missing WebGL2). A third failure is real.
export async function screenshot(page, options, tries = 3) {
  for (let i = 1; ; i++) {
    try {
      return await page.screenshot(options);
    } catch (e) {
      if (i >= tries || !/Unable to capture screenshot/.test(e.message)) throw e;
      console.log(`      screenshot ${options.path ?? ''}: try ${i} failed (${e.message.split('\n')[0]}), trying again`);
      await page.waitForTimeout(500 * i);
    }
  }
}

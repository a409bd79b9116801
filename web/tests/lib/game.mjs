// Driving the game as a player does: a page with the game, real input events (mouse, keys,
// touch) and the game's own words on its console (stdout and the engine's log lines, which
// the page forwards to console.log), never a look inside its memory.
// Every position below is in CSS pixels of a 1280x720 page at pixel ratio 1, where the
// game lays its screens out the same way every time.
import zlib from 'node:zlib';
import {waitForFirstFrame, watchConsole} from './browser.mjs';

// Opens the game at `url` in a new page of `context`; resolves once the first frame is drawn.
export async function openGame(context, url) {
  const page = await context.newPage();
  const log = watchConsole(page);
  await page.goto(url);
  await waitForFirstFrame(page);
  return {page, log};
}

// Waits for a console line matching `pattern` that arrived after message number `from`
// (log.messages.length taken before the action). Returns the line.
export async function waitForLine(log, pattern, {from = 0, timeout = 30_000} = {}) {
  const t0 = Date.now();
  for (;;) {
    const hit = log.messages.slice(from).find((m) => pattern.test(m.text));
    if (hit) return hit.text;
    if (Date.now() - t0 > timeout) {
      const recent = log.messages.slice(-8).map((m) => `\n        ${m.text}`).join('');
      throw new Error(`no console line matching ${pattern} within ${timeout} ms; last lines:${recent}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Lets the game draw `n` more frames (it reads input once per frame: two key presses in one
// frame would count as one).
export async function frames(page, n = 2) {
  for (let i = 0; i < n; i++) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
}

// Does `action` and waits for the screen change it causes: the game logs "screen: levels",
// or "screen: briefing (level 1-2)" once a level is chosen. `name` is either of those forms.
// Then a few more frames: a new screen's windows size themselves over its first frames, and
// a click before that could land beside a button.
export async function expectScreen({page, log}, name, action, timeout = 15_000) {
  const from = log.messages.length;
  await action();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = await waitForLine(log, new RegExp(`\\] screen: ${escaped}( \\(|$)`), {from, timeout});
  await frames(page, 4);
  return line;
}

// The level file a share link carries, read the way any tool could (game/sim/share_link.h):
// base64url after "#level=", of the file deflated with zlib (0x78 first) or, in links made
// before links were compressed, of the file itself.
export function levelFileOfLink(link) {
  const bytes = Buffer.from(link.split('#level=')[1] ?? '', 'base64url');
  return (bytes[0] === 0x78 ? zlib.inflateSync(bytes) : bytes).toString('utf8');
}

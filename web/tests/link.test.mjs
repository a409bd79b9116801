// Share links: a link made from levels/1-3.json (here, the way any tool would: the file's
// bytes in base64url after #level=) opens that level on its briefing, and Start flies it
// (a shared level is never dropped into a running flight); broken and hostile
// links open the normal menu with a message that says what to do, and the menu still works.
// Saves out/link-level.png and out/link-error.png.
//   node link.test.mjs [SITE_DIR]
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium, screenshot} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, outDir, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const out = outDir(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const {check, finish} = checker('share link test');

const code = (bytes) => Buffer.from(bytes).toString('base64url');
const level13 = fs.readFileSync(path.join(repo, 'levels/1-3.json'));
const level11 = fs.readFileSync(path.join(repo, 'levels/1-1.json'), 'utf8');

const server = await serve(site);
const browser = await launchChromium();
const errors = [];
// Opens the game at a link in a fresh profile; resolves once the game has started.
async function openLink(fragment) {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1});
  const game = await openGame(context, server.url + fragment);
  return {context, ...game};
}
try {
  // --- a good link -------------------------------------------------------------------------
  const link = `#level=${code(level13)}`;
  console.log(`      link to 1-3: ${(server.url + link).length} characters`);
  {
    const game = await openLink(link);
    await waitForLine(game.log, /\] screen: briefing \(level 1-3\)$/);
    check(true, 'a link made from levels/1-3.json opens level 1-3 on its briefing');
    await frames(game.page, 4);
    await expectScreen(game, 'play', () => game.page.keyboard.press('Enter'));   // Start the flight
    check(true, 'Enter on the briefing starts the flight');
    await game.page.waitForTimeout(1500);
    await screenshot(game.page, {path: path.join(out, 'link-level.png')});
    errors.push(...game.log.errors());
    await game.context.close();
  }
  // The same level as the game makes links now: the file deflated with zlib (Node's own zlib
  // here, so the format is zlib's, not only ours).
  {
    const packed = `#level=${zlib.deflateSync(level13, {level: 9}).toString('base64url')}`;
    console.log(`      compressed link to 1-3: ${(server.url + packed).length} characters`);
    const game = await openLink(packed);
    await waitForLine(game.log, /\] screen: briefing \(level 1-3\)$/);
    check(true, 'a compressed link to 1-3 opens level 1-3 on its briefing');
    errors.push(...game.log.errors());
    await game.context.close();
  }

  // --- broken and hostile links ------------------------------------------------------------
  // Each opens the title menu and logs the problem the notice shows (as a warning, not an error).
  const hostile = [
    ['a damaged code (not base64url)', '#level=eyJ2ZXJzaW9uIjox!!', /damaged: '!' at position 17/],
    ['bytes that are not JSON', `#level=${code('hello, world')}`, /not valid JSON|JSON/],
    ['a code too long to be a level (refused before decoding)', `#level=${'A'.repeat(1_500_000)}`, /characters long/],
    ['deep nesting', `#level=${code('['.repeat(50000) + ']'.repeat(50000))}`, /nest|deep/i],
    ['a compressed code cut short', `#level=${zlib.deflateSync(level13).toString('base64url').slice(0, 200)}`, /damaged: the compressed data is cut short/],
    ['a compressed bomb (2 MB of spaces)', `#level=${zlib.deflateSync(Buffer.alloc(2 << 20, 32)).toString('base64url')}`, /unpacks to more than 1048576 bytes, the most allowed for a level file/],
    ['an absurd number', `#level=${code(level11.replace('"radius_km": 30.0', '"radius_km": 1e308'))}`, /\/ship\/radius_km/],
  ];
  for (const [what, fragment, expected] of hostile) {
    const game = await openLink(fragment);
    await waitForLine(game.log, /\] screen: title$/);
    const warning = await waitForLine(game.log, /share link: /).catch(() => '');
    console.log(`      ${what}: ${warning.replace(/^\[starpath warn\] /, '')}`.slice(0, 220));
    check(expected.test(warning), `a link with ${what} opens the menu, with a message`);
    errors.push(...game.log.errors());
    if (fragment === hostile[0][1]) {
      // The message, on screen, and the menu under it still works: on to the level select.
      await game.page.waitForTimeout(1000);
      await screenshot(game.page, {path: path.join(out, 'link-error.png')});
      await expectScreen(game, 'chapters', () => game.page.mouse.click(296, 413));   // Play
      await expectScreen(game, 'levels', () => game.page.mouse.click(640, 245));     // Chapter 1
      check(true, 'after a broken link, the menu works: Play, Chapter 1, the level select');
    }
    await game.context.close();
  }
  checkNoErrors(check, errors);
} finally {
  await browser.close();
  await server.close();
}
finish();

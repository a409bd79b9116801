// Level files in and out of the browser, through the editor's File menu: "Download the level
// file" (a download link, engine/platform/files_web.js) and "Open a file from this
// computer" (the browser's file picker). Browsers show a file picker only within a few
// seconds of a click or a key press; the game asks for it from its next frame, and this test
// shows that is in time (Chromium, like every browser, refuses otherwise). What the editor
// opened is read back from its next download.
//   node files.test.mjs [SITE_DIR]
import fs from 'node:fs';
import {launchChromium} from './lib/browser.mjs';
import {expectScreen, frames, openGame, waitForLine} from './lib/game.mjs';
import {serve} from './lib/serve.mjs';
import {checker, checkNoErrors, siteDir} from './lib/suite.mjs';

const site = siteDir(import.meta.url);
const {check, finish} = checker('files test');

// The editor's layout in a 1280x720 page (game/editor), as in ime.test.mjs.
const CREATE = [296, 490];
const TEMPLATE = [230, 260];        // "Around the Earth"
const EMPTY_MAP = [160, 640];
const FILE_MENU = [608, 31];
const DOWNLOAD = [714, 142];        // File > Download the level file
const OPEN_FILE = [755, 170];       // File > Open a file from this computer...

const server = await serve(site);
const browser = await launchChromium();
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, acceptDownloads: true});
  // The browser's rule itself, measured: a picker asked for from an animation frame (as the
  // game's frame does) some time after a real click. Armed by the test, fired by the click.
  await context.addInitScript(() => {
    document.addEventListener('mouseup', () => {
      const delay = window.pickerProbeDelay;
      if (delay === undefined) return;
      delete window.pickerProbeDelay;
      setTimeout(() => requestAnimationFrame(() => {
        const active = navigator.userActivation ? navigator.userActivation.isActive : 'unknown';
        console.log(`picker probe: ${delay} ms after a click, activation ${active}, ` +
                    `requestOpenFile ${Module.starpathFiles.requestOpenFile('.json')}`);
      }), delay);
    }, true);
  });
  const game = await openGame(context, server.url);
  const {page, log} = game;
  const menu = async (item) => {
    await page.mouse.click(...FILE_MENU);
    await frames(page, 3);
    await page.mouse.click(...item);
  };
  const downloadLevel = async () => {
    const download = page.waitForEvent('download', {timeout: 10_000});
    await menu(DOWNLOAD);
    const file = await download;
    await frames(page, 4);   // the menu closes
    return {name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8')};
  };
  await waitForLine(log, /\] screen: title/);
  await page.waitForTimeout(500);
  await expectScreen(game, 'editor', () => page.mouse.click(...CREATE));
  await page.mouse.click(...TEMPLATE);
  await page.waitForTimeout(800);

  // Out: the level as a file, byte for byte what the editor saves.
  const first = await downloadLevel();
  const level = JSON.parse(first.text);
  check(first.name === `${level.id}.json` && level.title?.zh === '环绕地球',
        `Download gives ${first.name} holding the level (${Buffer.byteLength(first.text)} bytes)`);

  // In: the picker opens from the menu click's next frame; the chosen file opens in the editor.
  level.id = 'files-test';
  level.title = {en: 'Opened from disk', zh: '从电脑打开的关卡'};
  const chooser = page.waitForEvent('filechooser', {timeout: 10_000});
  await menu(OPEN_FILE);
  const picker = await chooser.catch(() => null);
  check(picker !== null, 'File > Open a file from this computer shows the browser\'s file picker');
  if (picker) {
    const from = log.messages.length;
    await picker.setFiles({name: '从电脑.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level, null, 2))});
    await waitForLine(log, /files: opened 从电脑\.json \(\d+ bytes\)/, {from});
    await frames(page, 4);
    const second = await downloadLevel();
    const back = JSON.parse(second.text);
    check(second.name === 'files-test.json' && back.title?.zh === '从电脑打开的关卡',
          `the chosen file opened in the editor (it downloads as ${second.name}, titled ${back.title?.zh})`);
  }

  // A file far too big is refused by the page before it is read, and the game is told why.
  const huge = page.waitForEvent('filechooser', {timeout: 10_000});
  await menu(OPEN_FILE);
  let from = log.messages.length;
  await (await huge).setFiles({name: 'video.json', mimeType: 'application/json', buffer: Buffer.alloc(17 << 20, 32)});
  const refused = await waitForLine(log, /files: video\.json: /, {from});
  check(/17\.0 MB/.test(refused), `a 17 MB file is refused with a reason (${refused.replace(/^.*files: /, '')})`);

  // The browser's window for a picker after a click: open at 4 s, closed at 6 s (Chromium
  // keeps a click's "transient activation" for 5 s), and requestOpenFile says so.
  for (const [delay, expect] of [[4000, true], [6000, false]]) {
    await page.evaluate((d) => { window.pickerProbeDelay = d; }, delay);
    await page.waitForTimeout(5500);   // Playwright's evaluate counts as a gesture: let it lapse
    from = log.messages.length;
    await page.mouse.click(...EMPTY_MAP);
    const line = await waitForLine(log, /picker probe: /, {from, timeout: delay + 5000});
    console.log(`      ${line}`);
    check(line.endsWith(`requestOpenFile ${expect}`), `a picker ${delay / 1000} s after a click is ${expect ? 'shown' : 'refused'}`);
  }
  const refusal = log.messages.find((m) => /needs a click or a key press/.test(m.text));
  check(refusal !== undefined, 'a refused picker is explained on the console');

  checkNoErrors(check, log.errors());
} finally {
  await browser.close();
  await server.close();
}
finish();

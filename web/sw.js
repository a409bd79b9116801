// Starpath's service worker: keeps every file of the site in the browser, so that after the
// first visit the game starts and plays with the network off (a school's Wi-Fi down, a
// Chromebook on a bus). The page registers it once the game is running (web/shell.html).
//
// cmake/WebPage.cmake builds site/sw.js from this file, filling in FILES (every file of the
// site) and VERSION (a hash of all their contents). So every build that changes any file
// is a new worker with a new cache name, and this is how it replaces the old one:
//   1. On a visit, the browser sees that sw.js changed and installs the new worker. It
//      downloads every file into a new cache, "starpath-<version>", while the old worker
//      keeps serving the old cache. If the download fails, the old version stays whole.
//   2. Once every file is in, the new worker takes over at once (skipWaiting, then
//      clients.claim) and deletes the old caches. The page that is already open is not
//      disturbed: the game reads all its files when it starts, and never fetches again.
//   3. The next start (a reload, the next lesson) runs the new version, all from one cache.
// No "reload to update" prompt: a reload in the middle of a flight would lose the flight,
// and waiting costs nothing, since the next start picks the update up by itself. Progress is
// in IndexedDB (engine/platform/storage_web.js), which no cache change touches.
'use strict';

const VERSION = '@VERSION@';
const FILES = ['@FILES@'];
const CACHE = 'starpath-' + VERSION;

self.addEventListener('install', (event) => {
  // 'no-cache': ask the server (a cheap "not modified" when the browser already holds the
  // file) so that a stale copy in the HTTP cache never slips into a new version.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, {cache: 'no-cache'}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith('starpath-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Cache first, for every file of this version; anything else goes to the network as usual.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The folder's own address is its index.html, as on any static host; a query (?lang=zh)
  // or a fragment (#level=...) does not make another file.
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  url.search = '';
  url.hash = '';
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(url.href))
    .then((cached) => cached || fetch(request)));
});

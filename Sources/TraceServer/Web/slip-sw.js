// The slip page's service worker: keeps the page, its script and style and the trust bundle, so that a slip is
// checked with no network at all once the page has been opened once. The page and its files come from the cache
// and are refreshed in the background; the bundle is fetched first (a fresh one replaces an expiring one) and
// taken from the cache when the network is down. Status and verify requests go to the network only.
// The hub writes the cache's name in place of the placeholder below: a hash of the files it serves and of this text
// (SlipPageAssets.swift). Other files make another worker, which the browser installs on the next visit: it caches
// the new files under the new name and, once active, deletes every other cache, the old files with it.
const CACHE = '@CACHE_NAME@';
const SHELL = ['/s', '/s/slip.js', '/s/slip-deflate.js', '/s/slip.css'];
const BUNDLE = '/s/bundle.json';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...SHELL, BUNDLE].map(async (path) => {
      try {
        const answer = await fetch(path, { cache: 'no-store' });
        if (answer.ok) await cache.put(path, answer);
      } catch { /* cached on the next visit */ }
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

async function cachedThenRefreshed(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  const network = fetch(request).then((answer) => {
    if (answer.ok) cache.put(key, answer.clone());
    return answer;
  });
  if (cached) {
    network.catch(() => {});
    return cached;
  }
  return network;
}

async function networkFirst(key, request) {
  const cache = await caches.open(CACHE);
  try {
    const answer = await fetch(request, { cache: 'no-store' });
    if (answer.ok) {
      await cache.put(key, answer.clone());
      return answer;
    }
    return (await cache.match(key)) || answer;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== location.origin || event.request.method !== 'GET') return;
  if (url.pathname === BUNDLE) {
    event.respondWith(networkFirst(BUNDLE, event.request));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(cachedThenRefreshed(url.pathname, event.request));
  }
});

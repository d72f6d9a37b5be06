// HireKit's service worker: after one visit the app loads and works offline.
// It serves this build's own files from a cache and never contacts any other origin.
// The asset list and version are written in at build time by scripts/post_build.py.
const VERSION = "__HIREKIT_VERSION__";
const ASSETS = __HIREKIT_ASSETS__;
const CACHE = `hirekit-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("hirekit-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Hash routes mean every page is index.html; a navigation falls back to the cached shell.
      const cached = await cache.match(request, { ignoreSearch: true })
        || (request.mode === "navigate" ? await cache.match("./index.html") : undefined);
      return cached || fetch(request);
    })
  );
});

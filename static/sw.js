// HireKit's service worker: after one visit the app loads and works offline.
// It serves this build's own files from a cache (index.html network first, so every deploy
// reaches the user) and never contacts any other origin.
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

// How long a page load waits for the network's index.html before using the cached one.
const SHELL_TIMEOUT_MS = 3000;

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(isShell(request) ? freshShell(request) : cachedFirst(request));
});

// Hash routes mean every page is index.html: a navigation or the shell itself.
function isShell(request) {
  const path = new URL(request.url).pathname;
  return request.mode === "navigate" || path.endsWith("/index.html") || path === new URL("./", self.location).pathname;
}

// Network first with a short timeout, so a deploy that changes only index.html (or its CSP)
// reaches the user on the next load; offline, or on a slow network, the cached shell answers.
async function freshShell(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request, { cache: "no-cache" }).then((response) => {
    if (response.ok) cache.put("./index.html", response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, SHELL_TIMEOUT_MS));
  const first = await Promise.race([network.catch(() => undefined), timeout]);
  if (first) return first;
  const cached = await cache.match("./index.html");
  return cached || network;
}

async function cachedFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
}

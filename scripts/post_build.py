#!/usr/bin/env python3
"""Trunk post-build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced).

1. Trunk writes an inline <script type="module"> loader into index.html. The Content Security
   Policy allows no inline code, except this one script pinned by its SHA-256 hash.
2. The service worker caches exactly the files of this build: their names (hashed by Trunk) are
   written into sw.js, and the cache name changes with them so old caches are dropped.
3. First paint and precompressed files: see first_paint.py.
4. Static hosts read response headers from a `_headers` file (Netlify, Cloudflare Pages): the
   same CSP as the <meta> tag plus what only a header can say, `frame-ancestors 'none'` (no
   framing, so no clickjacking). Other hosts: set the headers this file lists (README).
"""
import base64, hashlib, json, os, re, sys

import first_paint

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("post_build.py: TRUNK_STAGING_DIR is not set (run it from Trunk)")

index_path = os.path.join(staging, "index.html")
html = first_paint.paint_frames(open(index_path, encoding="utf-8").read())
scripts = re.findall(r"<script type=\"?module\"?>(.*?)</script>", html, flags=re.S)
if len(scripts) != 1:
    sys.exit(f"post_build.py: expected one inline loader script, found {len(scripts)}")
digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
if "TRUNK_LOADER_HASH" not in html:
    sys.exit("post_build.py: the CSP placeholder TRUNK_LOADER_HASH is missing from index.html")
html = html.replace("TRUNK_LOADER_HASH", digest)
open(index_path, "w", encoding="utf-8").write(html)


def write_headers(staging, html):
    """`_headers` with the page's own CSP, framing forbidden, for hosts that read it."""
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    if not found:
        sys.exit("post_build.py: no Content-Security-Policy <meta> tag to copy into _headers")
    csp = f"{found.group(1)}; frame-ancestors 'none'"
    lines = [
        "/*",
        f"  Content-Security-Policy: {csp}",
        "  X-Frame-Options: DENY",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: no-referrer",
        "",
    ]
    open(os.path.join(staging, "_headers"), "w", encoding="utf-8").write("\n".join(lines))


write_headers(staging, html)

files = sorted(
    os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
    for root, _, names in os.walk(staging)
    for name in names
    if name not in ("sw.js", "_headers")
)
assets = ["./"] + [f"./{f}" for f in files]
version = hashlib.sha256("\n".join(files).encode() + html.encode()).hexdigest()[:12]
sw_path = os.path.join(staging, "sw.js")
sw = open(sw_path, encoding="utf-8").read()
sw = sw.replace("__HIREKIT_ASSETS__", json.dumps(assets)).replace("__HIREKIT_VERSION__", version)
open(sw_path, "w", encoding="utf-8").write(sw)
print(f"post_build: CSP loader hash sha256-{digest}; service worker caches {len(assets)} entries ({version})")

# Last, so the copies are of the final files (and the service worker does not list them).
first_paint.precompress(staging)

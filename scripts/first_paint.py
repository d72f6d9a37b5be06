"""The first paint and the precompressed files (called by post_build.py, in the staging dir).

paint_frames: Yew's server renderer draws every screen's frame (`cargo run --bin frames`, see
src/frames.rs); each goes into index.html as a <template data-route="/pattern">, and the inline
script that shows the one matching the opened hash is pinned in the CSP by its SHA-256 hash.

precompress: writes `name.br` (brotli, quality 11) and `name.gz` (gzip -9) beside every file, for
hosts that serve precompressed files (scripts/precompress.mjs: Node has brotli built in).
"""
import base64, hashlib, html, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"<!-- HIREKIT_FRAMES:.*?-->", re.S)
PICKER = re.compile(r"<script>(.*?)</script>", re.S)


def fail(message):
    sys.exit(f"first_paint.py: {message}")


def render_frames():
    """[(route pattern, html)] from the native build step."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--offline", "--bin", "frames"],
        cwd=ROOT, capture_output=True, text=True,
    )
    if result.returncode != 0:
        fail(f"rendering the frames failed:\n{result.stderr}")
    return json.loads(result.stdout)


def paint_frames(page):
    """index.html with every screen's frame written in and the frame picker pinned by hash."""
    if len(MARKER.findall(page)) != 1:
        fail("expected one <!-- HIREKIT_FRAMES: … --> marker in index.html")
    frames = render_frames()
    templates = "".join(
        f'<template data-route="{html.escape(pattern)}">{markup}</template>\n  ' for pattern, markup in frames
    )
    page = MARKER.sub(lambda _: templates.rstrip(), page)
    pickers = PICKER.findall(page)
    if len(pickers) != 1 or "FRAME_PICKER_HASH" not in page:
        fail("expected one inline frame picker <script> and the CSP placeholder FRAME_PICKER_HASH")
    digest = base64.b64encode(hashlib.sha256(pickers[0].encode("utf-8")).digest()).decode()
    print(f"first_paint: {len(frames)} frames; picker hash sha256-{digest}")
    return page.replace("FRAME_PICKER_HASH", digest)


def precompress(staging):
    result = subprocess.run(["node", os.path.join(ROOT, "scripts", "precompress.mjs"), staging])
    if result.returncode != 0:
        fail("precompressing the built files failed")

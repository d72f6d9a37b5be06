// Writes `name.br` (brotli, quality 11) and `name.gz` (gzip -9) beside every file of a built
// dist folder, for static hosts that serve precompressed files. Host configuration files
// (`_headers`, `_redirects`) are not served, so they are left alone.
// Usage: node scripts/precompress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}

function files(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

let count = 0;
for (const file of files(dir)) {
  const name = path.basename(file);
  if (name.endsWith('.br') || name.endsWith('.gz') || name.startsWith('_')) continue;
  const data = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  count += 1;
}
console.log(`precompress: .br and .gz beside ${count} files`);

// Renders public/share.png, the 1200×630 image social networks show when the explainer is shared,
// from the HTML card below, with the headless Chromium the tests use. System fonts only, nothing
// fetched. Run from the project root after changing the card: node scripts/share-image.mjs
// (the PNG is committed; the build only copies it).

import { statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
import { launchBrowser } from "../tests/e2e/harness.mjs";

const OUT = resolve(import.meta.dirname, "../public/share.png");
const MAX_BYTES = 60 * 1024;

// The four conditions, two switched on: the reader's question in one picture.
const SWITCHES = [
  ["No better alternative", true],
  ["Concessions", true],
  ["Both can declare victory", false],
  ["Parity of power", false],
];

const card = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 1200px; height: 630px; }
  body {
    background: #fdfcfa; color: #1d1d1f; display: flex; gap: 40px; align-items: center;
    padding: 64px 72px; font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
    border-top: 16px solid #0b5cad;
  }
  .words { flex: 1 1 0; }
  .nowrap { white-space: nowrap; }
  .kicker { font-size: 26px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase; color: #0b5cad; }
  h1 { font-family: "Liberation Serif", "DejaVu Serif", Georgia, serif; font-size: 60px; line-height: 1.06; margin: 20px 0 26px; }
  p { font-size: 29px; line-height: 1.3; color: #4a4a52; }
  .panel { flex: 0 0 466px; background: #f3f1ec; border: 2px solid #c9c5bc; border-radius: 18px; padding: 30px 26px 26px; }
  .row { display: flex; align-items: center; gap: 18px; font-size: 25px; white-space: nowrap; font-weight: 700; height: 70px; }
  .track { flex: 0 0 78px; height: 42px; border-radius: 21px; background: #6b6b73; position: relative; }
  .track::after { content: ""; position: absolute; top: 5px; left: 5px; width: 32px; height: 32px; border-radius: 50%; background: #fff; }
  .on .track { background: #0d6e3f; }
  .on .track::after { left: 41px; }
  .meter { display: flex; gap: 6px; margin-top: 22px; height: 22px; }
  .meter span { flex: 1; border-radius: 4px; }
  .meter .here { outline: 4px solid #1d1d1f; outline-offset: 2px; }
</style></head><body>
  <div class="words">
    <div class="kicker">Interactive explainer</div>
    <h1>When can <span class="nowrap">US–Iran</span> diplomacy succeed?</h1>
    <p>Four conditions, one transparent model: switch them on and see what each combination allows.</p>
  </div>
  <div class="panel">
    ${SWITCHES.map(([name, on]) => `<div class="row${on ? " on" : ""}"><span class="track"></span>${name}</div>`).join("")}
    <div class="meter">
      <span style="background:#b3261e"></span><span style="background:#8a4b00"></span><span class="here" style="background:#0b5cad"></span><span style="background:#0d6e3f"></span>
    </div>
  </div>
</body></html>`;

// --- A smaller PNG -----------------------------------------------------------------------------
// Chromium writes screenshots as full-colour PNGs with fast compression. This re-encodes one
// (8-bit RGB or RGBA, not interlaced) with a palette of at most 256 colours (quantise below), the
// best filter per row, deflated at level 9.

function chunks(png) {
  const out = [];
  for (let i = 8; i < png.length; ) {
    const length = png.readUInt32BE(i);
    out.push({ type: png.toString("latin1", i + 4, i + 8), data: png.subarray(i + 8, i + 8 + length) });
    i += 12 + length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const paeth = (a, b, c) => {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Undoes PNG row filters: returns the raw rows (no filter bytes). */
function unfilter(data, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
      out[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return out;
}

/** Filters each row with the filter that gives the smallest sum of absolute differences. */
function filterRows(pixels, stride, height, bpp) {
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    let best = null;
    for (let type = 0; type < 5; type++) {
      const row = Buffer.alloc(stride);
      let score = 0;
      for (let x = 0; x < stride; x++) {
        const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
        const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
        row[x] = (pixels[y * stride + x] - [0, a, b, (a + b) >> 1, paeth(a, b, c)][type]) & 0xff;
        score += row[x] < 128 ? row[x] : 256 - row[x];
      }
      if (!best || score < best.score) best = { type, row, score };
    }
    out[y * (stride + 1)] = best.type;
    best.row.copy(out, y * (stride + 1) + 1);
  }
  return out;
}

/**
 * Keeps the 256 most frequent colours and moves every other pixel to the nearest of them. The
 * card is flat colour: the rare colours are anti-aliased text edges, where the change is not
 * visible at the size share cards are shown.
 */
function quantise(rgb) {
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = rgb.readUIntBE(i, 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size <= 256) return;
  const kept = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([key]) => key);
  const channels = (key) => [key >> 16, (key >> 8) & 0xff, key & 0xff];
  const nearest = new Map();
  for (const key of counts.keys()) {
    const [r, g, b] = channels(key);
    let best = kept[0];
    let bestDistance = Infinity;
    for (const candidate of kept) {
      const [r2, g2, b2] = channels(candidate);
      const distance = 3 * (r - r2) ** 2 + 4 * (g - g2) ** 2 + 2 * (b - b2) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    nearest.set(key, best);
  }
  for (let i = 0; i < rgb.length; i += 3) rgb.writeUIntBE(nearest.get(rgb.readUIntBE(i, 3)), i, 3);
}

function recompress(png) {
  const parts = chunks(png);
  const ihdr = parts.find((c) => c.type === "IHDR").data;
  const [width, height, depth, colour, interlace] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[12]];
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error("unexpected screenshot format");
  const bpp = colour === 6 ? 4 : 3;
  const pixels = unfilter(inflateSync(Buffer.concat(parts.filter((c) => c.type === "IDAT").map((c) => c.data))), width, height, bpp);
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) pixels.copy(rgb, i * 3, i * bpp, i * bpp + 3);
  quantise(rgb);
  const palette = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = rgb.readUIntBE(i, 3);
    if (!palette.has(key)) palette.set(key, palette.size);
  }
  const header = Buffer.from(ihdr);
  header[9] = 3; // indexed colour
  const indexed = Buffer.alloc(width * height);
  for (let i = 0; i < indexed.length; i++) indexed[i] = palette.get(rgb.readUIntBE(i * 3, 3));
  const plte = Buffer.alloc(palette.size * 3);
  for (const [key, index] of palette) plte.writeUIntBE(key, index * 3, 3);
  return Buffer.concat([
    png.subarray(0, 8),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", deflateSync(filterRows(indexed, width, height, 1), { level: 9, memLevel: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.route("**/*", (route) => route.abort()); // nothing may be fetched
  await page.setContent(card);
  writeFileSync(OUT, recompress(await page.screenshot({ type: "png" })));
} finally {
  await browser.close();
}
const bytes = statSync(OUT).size;
console.log(`${OUT}: ${bytes} bytes`);
if (bytes > MAX_BYTES) {
  console.error(`share.png is over ${MAX_BYTES} bytes: simplify the card`);
  process.exit(1);
}

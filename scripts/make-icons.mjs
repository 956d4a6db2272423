// Draws Evapor's icons (a teal tile with three rising white bars and an amber check mark: capaian that
// grows, and is evaluated) and writes them as RGBA PNG with node's zlib (CRC32 + IHDR/IDAT/IEND),
// supersampled 4× for anti-aliasing. The PNGs in assets/ are committed; rerun after changing the design:
//   node scripts/make-icons.mjs [outDir]     (default assets/)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TILE = [15, 118, 110]; // teal
const BAR = [255, 255, 255];
const CHECK = [250, 204, 21]; // amber

/**
 * Colour of the design at a point in unit coordinates (0..1), or null for transparent. Bar edges snap
 * to the pixel grid of the icon's size so that the bars stay crisp at 16 px.
 */
function paint(x, y, size) {
  const snap = (v) => Math.round(v * size) / size;
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Three rising bars (capaian growing quarter by quarter), bottom-aligned.
  const bars = [
    [0.19, 0.34, 0.62],
    [0.425, 0.575, 0.45],
    [0.66, 0.81, 0.24],
  ];
  for (const [x0, x1, top] of bars) if (x >= snap(x0) && x < snap(x1) && y >= snap(top) && y < snap(0.81)) return BAR;
  // Check mark (evaluated, approved) in the free corner above the short bars.
  const near = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  if (Math.min(near(0.19, 0.30, 0.28, 0.39), near(0.28, 0.39, 0.50, 0.17)) < 0.06) return CHECK;
  return TILE;
}

function render(size, ss = 4) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const SIZES = [16, 32, 64, 80, 128];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? path.join(root, "assets"));
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), encodePng(size, render(size)));
  console.log(`icons written to ${path.relative(root, out) || "."}/`);
}

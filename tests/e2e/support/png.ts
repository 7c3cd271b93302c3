/**
 * Decodes the PNGs Chromium writes for screenshots (8-bit greyscale, RGB or RGBA, not interlaced) into
 * RGBA pixels, so a test can look at what the map drew without an image library.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8]!;
      const colourType = body[9]!;
      if (depth !== 8 || !(colourType in CHANNELS) || body[12] !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${body[12]})`);
      }
      channels = CHANNELS[colourType]!;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[dst + x - channels]! : 0;
      const b = y > 0 ? rows[dst - stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[dst - stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rows[dst + x] = (raw[src + x]! + predictor) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    if (channels === 4) data.set(rows.subarray(s, s + 4), i * 4);
    else if (channels === 3) data.set([rows[s]!, rows[s + 1]!, rows[s + 2]!, 255], i * 4);
    else if (channels === 2) data.set([rows[s]!, rows[s]!, rows[s]!, rows[s + 1]!], i * 4);
    else data.set([rows[s]!, rows[s]!, rows[s]!, 255], i * 4);
  }
  return { width, height, data };
}

export interface PixelStats {
  /** Distinct colours, quantised to 5 bits per channel so antialiasing noise does not count. */
  distinctColours: number;
  /** Mean per-channel standard deviation of the RGB values (0 for a flat image). */
  stdDev: number;
  /** Share of pixels equal to the most common colour. */
  dominantShare: number;
}

export function pixelStats({ data, width, height }: Pixels): PixelStats {
  const n = width * height;
  const counts = new Map<number, number>();
  const sum = [0, 0, 0];
  const sumSq = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const r = data[i * 4]!;
    const g = data[i * 4 + 1]!;
    const b = data[i * 4 + 2]!;
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    [r, g, b].forEach((v, c) => {
      sum[c]! += v;
      sumSq[c]! += v * v;
    });
  }
  const std = sum.map((s, c) => Math.sqrt(Math.max(0, sumSq[c]! / n - (s / n) ** 2)));
  return {
    distinctColours: counts.size,
    stdDev: (std[0]! + std[1]! + std[2]!) / 3,
    dominantShare: Math.max(...counts.values()) / n,
  };
}

/** Pixels that differ noticeably (more than 24 in the sum of the colour channels) between two same-sized images. */
export function changedPixels(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images of different sizes');
  let changed = 0;
  for (let i = 0; i < a.width * a.height; i++) {
    const d =
      Math.abs(a.data[i * 4]! - b.data[i * 4]!) +
      Math.abs(a.data[i * 4 + 1]! - b.data[i * 4 + 1]!) +
      Math.abs(a.data[i * 4 + 2]! - b.data[i * 4 + 2]!);
    if (d > 24) changed++;
  }
  return changed;
}

/** Share of pixels that differ noticeably between two same-sized images. */
export function changedShare(a: Pixels, b: Pixels): number {
  return changedPixels(a, b) / (a.width * a.height);
}

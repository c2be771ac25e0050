// Contact sheets of a document's pages, for looking at hundreds of pages at once: grey pages from pdftoppm (PGM)
// laid out in a grid with the page number under each, written as a greyscale PNG. No image library: the setup
// installs none, and PGM in, PNG out is a few lines.
import { crc32, deflateSync } from 'node:zlib';

export interface Gray {
  width: number;
  height: number;
  /** One byte per pixel, rows top to bottom; 0 black, 255 white. */
  pixels: Uint8Array;
}

/** A binary PGM ("P5", 8-bit) as pdftoppm -gray writes it. */
export const parsePgm = (data: Uint8Array): Gray => {
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < data.length && /\s/u.test(String.fromCharCode(data[at] ?? 0))) at++;
      if (data[at] !== 0x23) break; // "#" comment to the end of the line
      while (at < data.length && data[at] !== 0x0a) at++;
    }
    const from = at;
    while (at < data.length && !/\s/u.test(String.fromCharCode(data[at] ?? 0))) at++;
    return String.fromCharCode(...data.subarray(from, at));
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  at++; // the one whitespace byte before the pixels
  if (magic !== 'P5' || max !== 255 || !(width > 0 && height > 0))
    throw new Error(`not an 8-bit binary PGM (${magic}, ${width}×${height}, max ${max})`);
  const pixels = data.subarray(at, at + width * height);
  if (pixels.length !== width * height) throw new Error('PGM is shorter than its size says');
  return { width, height, pixels };
};

const chunk = (type: string, body: Uint8Array): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
};

/** An 8-bit greyscale PNG, every row with filter 0 (none). */
export const encodePng = (img: Gray): Buffer => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: greyscale
  const raw = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++)
    raw.set(img.pixels.subarray(y * img.width, (y + 1) * img.width), y * (img.width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
};

/** Digits 0–9 as 5×7 bitmaps, one string of five bits per row. */
const DIGITS: readonly (readonly string[])[] = [
  ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
];
const SCALE = 2;
const GLYPH_W = 6 * SCALE;
const LABEL_H = 7 * SCALE + 8;

const fill = (img: Gray, x: number, y: number, w: number, h: number, v: number): void => {
  for (let j = Math.max(0, y); j < Math.min(img.height, y + h); j++)
    img.pixels.fill(v, j * img.width + Math.max(0, x), j * img.width + Math.min(img.width, x + w));
};

const drawNumber = (img: Gray, n: number, cx: number, y: number): void => {
  const text = String(n);
  let x = Math.round(cx - (text.length * GLYPH_W) / 2);
  for (const ch of text) {
    const rows = DIGITS[Number(ch)] ?? [];
    rows.forEach((row, j) => {
      for (let i = 0; i < row.length; i++)
        if (row[i] === '1') fill(img, x + i * SCALE, y + j * SCALE, SCALE, SCALE, 0);
    });
    x += GLYPH_W;
  }
};

export interface SheetPage {
  number: number;
  image: Gray;
}

/**
 * Pages in a grid of `columns`, each centred in a cell as wide and tall as the largest page, on a grey ground with
 * a dark frame (a blank page stays visible), its number underneath.
 */
export const contactSheet = (pages: readonly SheetPage[], columns = 6): Gray => {
  const gap = 10;
  const cellW = Math.max(...pages.map((p) => p.image.width)) + gap;
  const cellH = Math.max(...pages.map((p) => p.image.height)) + LABEL_H + gap;
  const rows = Math.ceil(pages.length / columns);
  const width = Math.min(columns, pages.length) * cellW + gap;
  const height = rows * cellH + gap;
  const sheet: Gray = { width, height, pixels: new Uint8Array(width * height).fill(190) };
  pages.forEach((p, k) => {
    const left = gap + (k % columns) * cellW;
    const top = gap + Math.floor(k / columns) * cellH;
    const x0 = left + Math.floor((cellW - gap - p.image.width) / 2);
    const y0 = top + (cellH - gap - LABEL_H - p.image.height);
    fill(sheet, x0 - 1, y0 - 1, p.image.width + 2, p.image.height + 2, 60);
    for (let j = 0; j < p.image.height; j++)
      sheet.pixels.set(
        p.image.pixels.subarray(j * p.image.width, (j + 1) * p.image.width),
        (y0 + j) * width + x0,
      );
    drawNumber(sheet, p.number, left + (cellW - gap) / 2, top + cellH - gap - LABEL_H + 5);
  });
  return sheet;
};

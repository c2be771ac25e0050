// The contact sheets of `npm run pages`: PGM pages in, a greyscale PNG grid out, without an image library.
import { inflateSync } from 'node:zlib';
import { contactSheet, encodePng, parsePgm, type Gray } from '../../src/node/pages/sheet';

const pgm = (width: number, height: number, value: number, comment = ''): Buffer =>
  Buffer.concat([
    Buffer.from(`P5\n${comment}${width} ${height}\n255\n`, 'latin1'),
    Buffer.alloc(width * height, value),
  ]);

/** Decodes what encodePng writes (one IDAT, filter 0 on every row), to read its pixels back. */
const decodePng = (png: Buffer): Gray => {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 0]);
  const idatAt = png.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    pixels.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, pixels };
};

test('a binary PGM with a comment in its header reads as its size and pixels', () => {
  const img = parsePgm(pgm(3, 2, 200, '# pdftoppm\n'));
  expect([img.width, img.height, [...img.pixels]]).toEqual([3, 2, [200, 200, 200, 200, 200, 200]]);
  expect(() => parsePgm(Buffer.from('P2\n1 1\n255\n0'))).toThrow(/binary PGM/u);
});

test('the PNG holds the same pixels, row by row', () => {
  const img: Gray = { width: 3, height: 2, pixels: Uint8Array.from([0, 10, 20, 30, 40, 255]) };
  expect(decodePng(encodePng(img))).toEqual(img);
});

test('pages sit in a grid of six with their number under each, on a grey ground', () => {
  const pages = Array.from({ length: 7 }, (_, i) => ({ number: i + 1, image: parsePgm(pgm(20, 30, 255)) }));
  const sheet = decodePng(encodePng(contactSheet(pages, 6)));
  // Cells of 20 + 10 px gap across, 30 + label (22) + 10 down; a 10 px margin around.
  expect([sheet.width, sheet.height]).toEqual([6 * 30 + 10, 2 * 62 + 10]);
  const at = (x: number, y: number) => sheet.pixels[y * sheet.width + x];
  expect(at(0, 0)).toBe(190);
  // Page 1 is white inside a dark frame; page 7 starts the second row.
  expect([at(9, 20), at(10, 20), at(29, 20)]).toEqual([60, 255, 255]);
  expect(at(10, 62 + 20)).toBe(255);
  // Each label has black pixels of its digit; the cell of a missing eighth page stays grey.
  const label = (left: number, top: number) =>
    [...Array(14).keys()].some((dy) => [...Array(20).keys()].some((dx) => at(left + dx, top + dy) === 0));
  expect(label(10, 10 + 30 + 5)).toBe(true);
  expect(label(40, 62 + 10 + 30 + 5)).toBe(false);
  expect(at(45, 62 + 20)).toBe(190);
});

// Writes the sample province (run: npm run templates:tinh): sheets-templates/tinh-mau/, a master workbook and
// six communes' output workbooks, for `npm run tinh-mau` and tests/node/province-cli.test.ts.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSampleProvince } from './province/sample';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'tinh-mau');
await mkdir(dir, { recursive: true });
await writeSampleProvince(dir);
process.stdout.write(`wrote ${dir}\n`);

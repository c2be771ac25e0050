// A plan's text from a .txt or .docx file: Word paragraphs one a line, table rows as "cell | cell | cell".
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import JSZip from 'jszip';
import { convertLegacy } from '../../core/text/legacy';
import { elements, unescapeXml } from '../xlsx/xml';

const paragraphText = (p: string): string =>
  Array.from(p.matchAll(/<w:(t|tab|br)\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:t>)/gu), (m) =>
    m[1] === 't' ? unescapeXml(m[2] ?? '') : m[1] === 'tab' ? '\t' : '\n',
  ).join('');

/** The body's paragraphs and table rows, in document order. */
export const docxText = async (bytes: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const lines: string[] = [];
  // Top-level blocks: a table becomes its rows, anything else its paragraphs.
  const blocks = /<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/gu;
  for (const m of xml.matchAll(blocks)) {
    const block = m[0];
    if (block.startsWith('<w:tbl')) {
      for (const row of elements(block, 'w:tr'))
        lines.push(
          elements(row.text, 'w:tc')
            .map((c) =>
              elements(c.text, 'w:p')
                .map((p) => paragraphText(p.text))
                .join(' ')
                .trim(),
            )
            .join(' | '),
        );
    } else lines.push(paragraphText(block));
  }
  return lines.join('\n');
};

export class PlanFileError extends Error {
  constructor(
    readonly kind: 'missing' | 'format' | 'notFile',
    readonly path: string,
  ) {
    const code = { missing: 'PLAN_MISSING', format: 'PLAN_FORMAT', notFile: 'PLAN_NOT_A_FILE' }[kind];
    super(`${kind}: ${path}`, { cause: { code } });
  }
}

export const readPlanText = async (path: string): Promise<string> => {
  // A FIFO or a device would block readFile: refused before it is opened, as the .xlsx input is.
  const info = await stat(path).catch(() => {
    throw new PlanFileError('missing', path);
  });
  if (!info.isFile()) throw new PlanFileError('notFile', path);
  const bytes = await readFile(path).catch(() => {
    throw new PlanFileError('missing', path);
  });
  const ext = extname(path).toLowerCase();
  if (ext === '.docx')
    return docxText(bytes).catch(() => {
      throw new PlanFileError('format', path);
    });
  if (ext !== '.txt' && ext !== '.md') throw new PlanFileError('format', path);
  const text = bytes.toString('utf8');
  // Text saved from an old ".VnTime" document reads as TCVN3 bytes.
  return convertLegacy(text)?.text ?? text;
};

// Paragraph roles are data (src/core/report/layout.ts): both renderers must give each role the same spacing,
// alignment, weight and slant, read from there.
import JSZip from 'jszip';
import { PARAGRAPH_STYLES, ptTwip } from '../../src/core/report/layout';
import type { DocModel, ParagraphRole } from '../../src/core/report/model';
import { paragraph } from '../../src/core/report/model';
import { renderGoogleDoc } from '../../src/gas/docs/render';
import { renderDocx } from '../../src/node/docx/render';
import { createFakeDocumentApp } from './fakes/document-app';

const roles = Object.keys(PARAGRAPH_STYLES) as ParagraphRole[];
const doc: DocModel = {
  name: 'Vai trò',
  fileStem: 'vai-tro',
  sections: [{ orientation: 'portrait', blocks: roles.map((role) => paragraph(role, `Đoạn ${role}`)) }],
};
const WORD_JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;
const DOCS_ALIGN = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFY' } as const;

test.each(roles)(
  'the .docx gives a %s paragraph the spacing, alignment and type of its role',
  async (role) => {
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const at = xml.indexOf(`>Đoạn ${role}</w:t>`);
    const p = xml.slice(xml.lastIndexOf('<w:p>', at), at);
    const s = PARAGRAPH_STYLES[role];
    expect(p).toContain(`<w:jc w:val="${WORD_JC[s.align]}"/>`);
    expect(p).toMatch(new RegExp(`<w:spacing[^>]*w:before="${ptTwip(s.beforePt)}"`, 'u'));
    expect(p).toMatch(new RegExp(`<w:spacing[^>]*w:after="${ptTwip(s.afterPt)}"`, 'u'));
    expect(p.includes('<w:b/>')).toBe(s.bold === true);
    expect(p.includes('<w:i/>')).toBe(s.italic === true);
    expect(p.includes('w:firstLine=')).toBe(s.firstLineIndent);
    expect(p.includes('<w:keepNext/>')).toBe(s.keepNext === true);
    expect(p.includes('<w:highlight')).toBe(s.highlight === true);
  },
);

test.each(roles)('Google Docs gives a %s paragraph the spacing, alignment and type of its role', (role) => {
  const fake = createFakeDocumentApp();
  renderGoogleDoc(doc, { DocumentApp: fake.app });
  const p = fake.documents[0]?.elements.find((e) => e.type === 'paragraph' && e.text === `Đoạn ${role}`);
  if (p?.type !== 'paragraph') throw new Error(`no paragraph for ${role}`);
  const s = PARAGRAPH_STYLES[role];
  expect(p.attrs).toMatchObject({
    SPACING_BEFORE: s.beforePt,
    SPACING_AFTER: s.afterPt,
    HORIZONTAL_ALIGNMENT: DOCS_ALIGN[s.align],
    BOLD: s.bold === true,
    ITALIC: s.italic === true,
  });
  expect('INDENT_FIRST_LINE' in p.attrs).toBe(s.firstLineIndent);
  expect('BACKGROUND_COLOR' in p.attrs).toBe(s.highlight === true);
});

// A strict well-formedness check for the XML parts the copy writes: one root, matched tags, quoted unique attributes,
// valid references, bound namespace prefixes. Returns the problems found (empty when well-formed).
const NAME = /^[A-Za-z_][-.A-Za-z0-9_:\u00B7\u00C0-\uFFFF]*$/u;
const REF = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/u;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

export const xmlProblems = (xml: string): string[] => {
  const problems: string[] = [];
  const stack: { name: string; prefixes: Set<string> }[] = [];
  let roots = 0;
  const bound = (prefix: string) =>
    prefix === 'xml' || prefix === 'xmlns' || stack.some((s) => s.prefixes.has(prefix));
  const text = (t: string, where: number) => {
    if (REF.test(t) || t.includes('<') || FORBIDDEN.test(t)) problems.push(`bad text at ${where}`);
    if (stack.length === 0 && t.trim()) problems.push(`text outside the root at ${where}`);
  };
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/u, (d) => ' '.repeat(d.length));
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    text(body.slice(i, lt < 0 ? body.length : lt), i);
    if (lt < 0) break;
    const close = (end: string) => {
      const at = body.indexOf(end, lt);
      if (at < 0) problems.push(`unterminated markup at ${lt}`);
      return at < 0 ? body.length : at + end.length;
    };
    if (body.startsWith('<!--', lt)) i = close('-->');
    else if (body.startsWith('<![CDATA[', lt)) i = close(']]>');
    else if (body.startsWith('<?', lt)) i = close('?>');
    else {
      const gt = body.indexOf('>', lt);
      if (gt < 0) {
        problems.push(`unterminated tag at ${lt}`);
        break;
      }
      const tag = body.slice(lt + 1, gt);
      i = gt + 1;
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        const open = stack.pop();
        if (open?.name !== name) problems.push(`</${name}> closes <${open?.name ?? 'nothing'}> at ${lt}`);
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const m = /^([^\s/]+)([\s\S]*?)\/?$/u.exec(tag);
      const name = m?.[1] ?? '';
      if (!NAME.test(name)) problems.push(`bad element name <${name}> at ${lt}`);
      const attrs = new Map<string, string>();
      let rest = m?.[2] ?? '';
      const ATTR = /^\s+([^\s=]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/u;
      for (let a = ATTR.exec(rest); a; a = ATTR.exec(rest)) {
        const key = a[1] ?? '';
        const value = a[2] ?? a[3] ?? '';
        if (!NAME.test(key) || attrs.has(key)) problems.push(`bad or repeated attribute ${key} at ${lt}`);
        if (REF.test(value) || FORBIDDEN.test(value)) problems.push(`bad attribute value ${key} at ${lt}`);
        attrs.set(key, value);
        rest = rest.slice(a[0].length);
      }
      if (rest.trim()) problems.push(`unparsed attributes "${rest.trim()}" in <${name}> at ${lt}`);
      if (stack.length === 0 && roots++ > 0) problems.push(`second root <${name}> at ${lt}`);
      const prefixes = new Set(
        [...attrs.keys()].filter((k) => k.startsWith('xmlns:')).map((k) => k.slice(6)),
      );
      stack.push({ name, prefixes });
      for (const n of [name, ...[...attrs.keys()].filter((k) => !k.startsWith('xmlns'))]) {
        const prefix = n.includes(':') ? n.slice(0, n.indexOf(':')) : '';
        if (prefix && !bound(prefix)) problems.push(`unbound prefix ${prefix}: in <${name}> at ${lt}`);
      }
      if (selfClosing) stack.pop();
    }
  }
  if (stack.length) problems.push(`unclosed <${stack.map((s) => s.name).join('>, <')}>`);
  if (roots === 0) problems.push('no root element');
  return problems;
};

// Every Apps Script execution and custom-function call compiles the whole bundle: zod (21 kB of it) is kept out
// of the run time. The few objects the engine builds from user input are checked by these small rules instead;
// their types still come from the zod schemas, and tests/core/hand-check.test.ts pins that each check and its
// schema agree (same verdict, same output, same issue paths) on fixtures and on random inputs.

/** A problem at a path, shaped like the zod issue the callers used to read (code, path, params). */
export interface CheckIssue {
  code: 'invalid' | 'custom';
  path: (string | number)[];
  params?: unknown;
}

export type Checked<T> = { success: true; data: T } | { success: false; error: { issues: CheckIssue[] } };

/** One value's rule: returns the value to keep, or records an issue at `path` in `found`. */
export type Rule = (v: unknown, path: (string | number)[], found: Found) => unknown;

/** Issues found so far, and whether one of them was a wrong type (zod then skips the object's own checks). */
export interface Found {
  issues: CheckIssue[];
  typeError: boolean;
}

/** A value of the wrong type: recorded, nothing kept. */
const wrongType = (found: Found, path: (string | number)[]): undefined => {
  found.issues.push({ code: 'invalid', path });
  found.typeError = true;
  return undefined;
};

/** A value of the right type out of range: recorded and kept, so the object's own rules still see it. */
const outOfRange = <T>(found: Found, path: (string | number)[], v: T): T => {
  found.issues.push({ code: 'invalid', path });
  return v;
};

export const string: Rule = (v, path, f) => (typeof v === 'string' ? v : wrongType(f, path));

export const nonEmpty: Rule = (v, path, f) =>
  typeof v !== 'string' ? wrongType(f, path) : v.length > 0 ? v : outOfRange(f, path, v);

export const boolean: Rule = (v, path, f) => (typeof v === 'boolean' ? v : wrongType(f, path));

/** A finite number within [min, max] (zod: z.number() with minimum/maximum checks). */
export const number =
  (min = -Infinity, max = Infinity): Rule =>
  (v, path, f) =>
    typeof v !== 'number' || !Number.isFinite(v)
      ? wrongType(f, path)
      : v >= min && v <= max
        ? v
        : outOfRange(f, path, v);

/** A safe integer within [min, max] (zod: z.int()). */
export const int =
  (min = -Infinity, max = Infinity): Rule =>
  (v, path, f) =>
    typeof v !== 'number' || !Number.isSafeInteger(v)
      ? wrongType(f, path)
      : v >= min && v <= max
        ? v
        : outOfRange(f, path, v);

export const date: Rule = (v, path, f) =>
  v instanceof Date && !Number.isNaN(v.getTime()) ? v : wrongType(f, path);

export const oneOf =
  (options: readonly unknown[]): Rule =>
  (v, path, f) =>
    options.includes(v) ? v : wrongType(f, path);

/** An array of values each passing `item`, with at least `minLength` of them. */
export const array =
  (item: Rule, minLength = 0): Rule =>
  (v, path, f) => {
    if (!Array.isArray(v)) return wrongType(f, path);
    const out = v.map((x, i) => item(x, [...path, i], f));
    return v.length < minLength ? outOfRange(f, path, out) : out;
  };

/** A key of an object: required, optional (kept only when present), or with a default for undefined. */
export interface Field {
  key: string;
  rule: Rule;
  optional?: true;
  /** A primitive filled in when the value is undefined. */
  fallback?: string | boolean;
}

/** An object of exactly these fields, in this order; other keys are dropped (as zod's z.object does). */
export const object =
  (fields: readonly Field[]): Rule =>
  (v, path, f) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return wrongType(f, path);
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, rule, optional, fallback } of fields) {
      const x = input[key];
      if (x === undefined && fallback !== undefined) out[key] = fallback;
      else if (x === undefined && optional) {
        if (key in input) out[key] = undefined;
      } else out[key] = rule(x, [...path, key], f);
    }
    return out;
  };

/** An object whose keys are some of `keys`, each value passing `value` (zod: z.partialRecord over an enum). */
export const partialRecord =
  (keys: readonly string[], value: Rule): Rule =>
  (v, path, f) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return wrongType(f, path);
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
      if (!keys.includes(key)) outOfRange(f, [...path, key], x);
      else out[key] = value(x, [...path, key], f);
    }
    return out;
  };

/** Runs a rule on a value; `refine` (the object's own rules) runs only when no value had a wrong type. */
export const check = <T>(
  rule: Rule,
  value: unknown,
  refine?: (data: T, add: (params: unknown) => void) => void,
): Checked<T> => {
  const found: Found = { issues: [], typeError: false };
  const data = rule(value, [], found) as T;
  if (refine && !found.typeError)
    refine(data, (params) => found.issues.push({ code: 'custom', path: [], params }));
  return found.issues.length === 0
    ? { success: true, data }
    : { success: false, error: { issues: found.issues } };
};

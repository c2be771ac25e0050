// Schemas are built on first use, so loading the Apps Script bundle builds none; once built, one instance serves.
import * as z from 'zod/mini';
import { lazySchema } from '../../src/core/lazy-schema';

test('the builder runs on the first parse, never before, and only once', () => {
  let built = 0;
  const Year = lazySchema(() => {
    built++;
    return z.int().check(z.minimum(2000), z.maximum(2100));
  });
  expect(built).toBe(0);
  expect(Year.parse(2025)).toBe(2025);
  expect(Year.safeParse(1890).success).toBe(false);
  expect(() => Year.parse('2025')).toThrow();
  expect(Year.schema).toBe(Year.schema);
  expect(built).toBe(1);
});

test('a lazy schema composes into another builder and reports the same issues as the plain schema', () => {
  const plain = z.object({ items: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) });
  const Item = lazySchema(() => z.string().check(z.minLength(1)));
  const List = lazySchema(() => z.object({ items: z.array(Item.schema).check(z.minLength(1)) }));
  for (const input of [{ items: ['a'] }, { items: [] }, { items: [''] }, { items: 'a' }, null]) {
    const a = plain.safeParse(input);
    const b = List.safeParse(input);
    expect(b.success).toBe(a.success);
    expect(b.error?.issues).toEqual(a.error?.issues);
  }
});

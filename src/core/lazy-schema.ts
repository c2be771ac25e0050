// Every Apps Script execution and custom-function call loads the whole bundle cold: a zod schema is built the
// first time something parses with it, never at load (most executions parse nothing, or one sheet).
import type * as z from 'zod/mini';

export interface LazySchema<S extends z.ZodMiniType> {
  /** The schema itself, built on first access (for composing into another schema's builder). */
  readonly schema: S;
  parse(data: unknown): z.output<S>;
  safeParse(data: unknown): ReturnType<S['safeParse']>;
}

// Marked free of side effects (and each call /* @__PURE__ */) so esbuild drops the schemas the bundle never
// parses with (the layout's, the registers') and the parts of zod only they use.
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<S extends z.ZodMiniType>(build: () => S): LazySchema<S> {
  let built: S | undefined;
  const get = (): S => (built ??= build());
  return {
    get schema() {
      return get();
    },
    parse: (data) => get().parse(data),
    safeParse: (data) => get().safeParse(data) as ReturnType<S['safeParse']>,
  };
}

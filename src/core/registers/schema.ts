// Register rows after reading and coercion: what the engine scores and counts.
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

export const Outcome = /* @__PURE__ */ lazySchema(() => z.enum(['pass', 'fail']));
export type Outcome = z.infer<typeof Outcome.schema>;

export const Assessment = /* @__PURE__ */ lazySchema(() =>
  z.object({
    registered: z.boolean(),
    /** Points per criteria item code; null where the cell was empty. */
    points: z.record(z.string(), z.nullable(z.number())),
    total: z.nullable(z.number()),
    computed: z.nullable(Outcome.schema),
    band: z.nullable(z.string()),
    decided: z.nullable(Outcome.schema),
    recognised: z.boolean(),
    /** What the recognition rests on. */
    basis: z.enum(['points', 'total', 'decided', 'none']),
  }),
);
export type Assessment = z.infer<typeof Assessment.schema>;

const count = () => z.int().check(z.nonnegative());

const located = () => ({
  sheet: z.string(),
  /** 1-based row number on the sheet. */
  row: z.int().check(z.positive()),
  label: z.string(),
  assessment: Assessment.schema,
  /** The row's "Minh chứng" holds a web address (http or https); checked for form only. */
  evidence: z.boolean(),
});

export const Village = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...located(),
    key: z.string(),
    name: z.string(),
    kind: z.string(),
    /** null when the cell could not be read (already reported): the village still exists for matching. */
    households: z.nullable(count()),
    clans: z.nullable(count()),
    population: z.nullable(count()),
    adults: z.nullable(count()),
    workers: z.nullable(count()),
  }),
);
export type Village = z.infer<typeof Village.schema>;

export const Family = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...located(),
    head: z.string(),
    villageKey: z.string(),
    members: z.nullable(count()),
  }),
);
export type Family = z.infer<typeof Family.schema>;

export const Clan = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...located(),
    name: z.string(),
    leader: z.string(),
    /** Every village the clan lives in; it counts towards each of them, and once for the commune. */
    villageKeys: z.array(z.string()).check(z.minLength(1)),
    households: z.nullable(count()),
  }),
);
export type Clan = z.infer<typeof Clan.schema>;

export const Unit = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...located(),
    key: z.string(),
    name: z.string(),
    kind: z.string(),
    villageKey: z.nullable(z.string()),
    staff: count(),
  }),
);
export type Unit = z.infer<typeof Unit.schema>;

export const CitizenGroup = /* @__PURE__ */ lazySchema(() =>
  z.enum(['resident', 'worker', 'official', 'student']),
);
export type CitizenGroup = z.infer<typeof CitizenGroup.schema>;

export const Citizen = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...located(),
    name: z.string(),
    birthYear: z.nullable(z.int()),
    group: CitizenGroup.schema,
    villageKey: z.nullable(z.string()),
    unitKey: z.nullable(z.string()),
    digital: z.nullable(z.enum(['none', 'basic', 'proficient'])),
  }),
);
export type Citizen = z.infer<typeof Citizen.schema>;

export interface Registers {
  villages: Village[];
  families: Family[];
  clans: Clan[];
  units: Unit[];
  citizens: Citizen[];
}

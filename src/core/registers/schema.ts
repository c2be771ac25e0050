// Register rows after reading and coercion: what the engine scores and counts.
import * as z from 'zod/mini';

export const Outcome = z.enum(['pass', 'fail']);
export type Outcome = z.infer<typeof Outcome>;

export const Assessment = z.object({
  registered: z.boolean(),
  /** Points per criteria item code; null where the cell was empty. */
  points: z.record(z.string(), z.nullable(z.number())),
  total: z.nullable(z.number()),
  computed: z.nullable(Outcome),
  band: z.nullable(z.string()),
  decided: z.nullable(Outcome),
  recognised: z.boolean(),
  /** What the recognition rests on. */
  basis: z.enum(['points', 'total', 'decided', 'none']),
});
export type Assessment = z.infer<typeof Assessment>;

const count = () => z.int().check(z.nonnegative());

const located = {
  sheet: z.string(),
  /** 1-based row number on the sheet. */
  row: z.int().check(z.positive()),
  label: z.string(),
  assessment: Assessment,
};

export const Village = z.object({
  ...located,
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  /** null when the cell could not be read (already reported): the village still exists for matching. */
  households: z.nullable(count()),
  clans: z.nullable(count()),
  population: z.nullable(count()),
  adults: z.nullable(count()),
  workers: z.nullable(count()),
});
export type Village = z.infer<typeof Village>;

export const Family = z.object({
  ...located,
  head: z.string(),
  villageKey: z.string(),
  members: z.nullable(count()),
});
export type Family = z.infer<typeof Family>;

export const Clan = z.object({
  ...located,
  name: z.string(),
  leader: z.string(),
  /** Every village the clan lives in; it counts towards each of them, and once for the commune. */
  villageKeys: z.array(z.string()).check(z.minLength(1)),
  households: z.nullable(count()),
});
export type Clan = z.infer<typeof Clan>;

export const Unit = z.object({
  ...located,
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  villageKey: z.nullable(z.string()),
  staff: count(),
});
export type Unit = z.infer<typeof Unit>;

export const CitizenGroup = z.enum(['resident', 'worker', 'official', 'student']);
export type CitizenGroup = z.infer<typeof CitizenGroup>;

export const Citizen = z.object({
  ...located,
  name: z.string(),
  birthYear: z.nullable(z.int()),
  group: CitizenGroup,
  villageKey: z.nullable(z.string()),
  unitKey: z.nullable(z.string()),
  digital: z.nullable(z.enum(['none', 'basic', 'proficient'])),
});
export type Citizen = z.infer<typeof Citizen>;

export interface Registers {
  villages: Village[];
  families: Family[];
  clans: Clan[];
  units: Unit[];
  citizens: Citizen[];
}

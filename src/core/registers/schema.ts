// Register rows after reading and coercion: what the engine scores and counts.
import * as z from 'zod';

export const Outcome = z.enum(['pass', 'fail']);
export type Outcome = z.infer<typeof Outcome>;

export const Assessment = z.object({
  registered: z.boolean(),
  /** Points per criteria item code; null where the cell was empty. */
  points: z.record(z.string(), z.number().nullable()),
  total: z.number().nullable(),
  computed: Outcome.nullable(),
  band: z.string().nullable(),
  decided: Outcome.nullable(),
  recognised: z.boolean(),
  /** What the recognition rests on. */
  basis: z.enum(['points', 'total', 'decided', 'none']),
});
export type Assessment = z.infer<typeof Assessment>;

const located = {
  sheet: z.string(),
  /** 1-based row number on the sheet. */
  row: z.number().int().positive(),
  label: z.string(),
  assessment: Assessment,
};

export const Village = z.object({
  ...located,
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  households: z.number().int().nonnegative(),
  clans: z.number().int().nonnegative().nullable(),
  population: z.number().int().nonnegative().nullable(),
  adults: z.number().int().nonnegative().nullable(),
  workers: z.number().int().nonnegative().nullable(),
});
export type Village = z.infer<typeof Village>;

export const Family = z.object({
  ...located,
  head: z.string(),
  villageKey: z.string(),
  members: z.number().int().nonnegative().nullable(),
});
export type Family = z.infer<typeof Family>;

export const Clan = z.object({
  ...located,
  name: z.string(),
  leader: z.string(),
  /** Every village the clan lives in; it counts towards each of them, and once for the commune. */
  villageKeys: z.array(z.string()).min(1),
  households: z.number().int().nonnegative().nullable(),
});
export type Clan = z.infer<typeof Clan>;

export const Unit = z.object({
  ...located,
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  villageKey: z.string().nullable(),
  staff: z.number().int().nonnegative(),
});
export type Unit = z.infer<typeof Unit>;

export const CitizenGroup = z.enum(['resident', 'worker', 'official', 'student']);
export type CitizenGroup = z.infer<typeof CitizenGroup>;

export const Citizen = z.object({
  ...located,
  name: z.string(),
  birthYear: z.number().int().nullable(),
  group: CitizenGroup,
  villageKey: z.string().nullable(),
  unitKey: z.string().nullable(),
  digital: z.enum(['none', 'basic', 'proficient']).nullable(),
});
export type Citizen = z.infer<typeof Citizen>;

export interface Registers {
  villages: Village[];
  families: Family[];
  clans: Clan[];
  units: Unit[];
  citizens: Citizen[];
}

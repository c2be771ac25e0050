// What a corpus workbook must give, written by hand beside it: the figures of "Tổng hợp", or a located refusal.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A percentage as "Tổng hợp" shows it: one decimal, rounded half up, decimal comma ("46,7"); null = not computable. */
const Percent = z
  .string()
  .regex(/^-?\d+,\d$/u, 'một chữ số thập phân, dấu phẩy: "46,7"')
  .nullable();
const Count = z.number().int().nonnegative();

/** One title's row: how many are registered and recognised, over what denominator. */
export const TitleFigures = z
  .object({
    registered: Count.optional(),
    recognised: Count.optional(),
    total: Count.optional(),
    percent: Percent,
  })
  .strict();
export type TitleFigures = z.infer<typeof TitleFigures>;

/** A Công dân học tập ratio by its base (người lớn, người lao động, CBCCVC, kỹ năng số). */
export const BaseRatio = z
  .object({ numerator: Count.optional(), denominator: Count.optional(), percent: Percent })
  .strict();
export type BaseRatio = z.infer<typeof BaseRatio>;

export const CitizenFigures = z
  .object({
    registered: Count.optional(),
    recognised: Count.optional(),
    adults: BaseRatio.optional(),
    workers: BaseRatio.optional(),
    officials: BaseRatio.optional(),
    digital: BaseRatio.optional(),
    digitalPro: BaseRatio.optional(),
  })
  .strict();

export const VillageFigures = z
  .object({
    /** As the Thôn sheet spells it (what the officer typed there, legacy text decoded). */
    name: z.string().min(1),
    family: TitleFigures.optional(),
    clan: TitleFigures.omit({ registered: true }).optional(),
    /** The village's own Cộng đồng học tập cell: "Đạt", "Chưa đạt", "Chưa đăng ký". */
    community: z.string().optional(),
    adults: BaseRatio.optional(),
    workers: BaseRatio.optional(),
  })
  .strict();
export type VillageFigures = z.infer<typeof VillageFigures>;

export const CommuneFigures = z
  .object({
    family: TitleFigures.optional(),
    clan: TitleFigures.optional(),
    community: TitleFigures.optional(),
    unit: TitleFigures.optional(),
    citizen: CitizenFigures.optional(),
  })
  .strict();
export type CommuneFigures = z.infer<typeof CommuneFigures>;

/** A place a refusal must name: the sheet as the officer spelled it, and the cell when there is one. */
export const Location = z
  .object({
    sheet: z.string().min(1),
    cell: z
      .string()
      .regex(/^[A-Z]+\d+$/u)
      .optional(),
    /** Other words the message must hold (the second sheet of a pair, a header). */
    words: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Location = z.infer<typeof Location>;

const Shells = z.array(z.enum(['cli', 'gas'])).min(1);

const Common = {
  fixture: z.string().regex(/^\d\d-[a-z0-9-]+$/u),
  habit: z.string().min(1),
  /** Which shells can be given this workbook ("gas" is left out when Google could not import the file at all). */
  shells: Shells.default(['cli', 'gas']),
  /** Why the true figure is what it is: the hand count. */
  counted: z.string().min(1),
};

export const Expectation = z.discriminatedUnion('outcome', [
  z
    .object({
      ...Common,
      outcome: z.literal('figures'),
      /** The command line's exit code: 0, or 1 when a data error rightly blocks the documents. */
      exit: z.union([z.literal(0), z.literal(1)]).default(0),
      commune: CommuneFigures,
      /** Every village row of "Tổng hợp", in order, when the village list itself is part of the test. */
      villageNames: z.array(z.string().min(1)).optional(),
      villages: z.array(VillageFigures).default([]),
    })
    .strict(),
  z
    .object({
      ...Common,
      outcome: z.literal('refusal'),
      /** 1: data errors block the documents; 2: wrong command; 3: the file cannot be read as a commune workbook. */
      exit: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      /** Each place must be named by one message line (the console, a dialog, or a row of "Lỗi dữ liệu"). */
      locations: z.array(Location).min(1),
      /** "One mistake, one message": at most this many errors. */
      maxErrors: z.number().int().positive().optional(),
    })
    .strict(),
]);
export type Expectation = z.infer<typeof Expectation>;

export const readExpectation = (path: string): Expectation =>
  Expectation.parse(JSON.parse(readFileSync(path, 'utf8')));

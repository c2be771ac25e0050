// The commune's configuration after reading the "Cấu hình" sheet.
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { communeKindTerms } from '../i18n/terms';

const year = () => z.int().check(z.minimum(2000), z.maximum(2100));
const nonEmpty = () => z.string().check(z.minLength(1));

export const Config = /* @__PURE__ */ lazySchema(() =>
  z.object({
    commune: nonEmpty(),
    communeKind: z._default(z.enum(communeKindTerms), communeKindTerms[0]),
    /** Mã đơn vị hành chính, five digits; '' when not given or not five digits (a warning says so). */
    communeCode: z._default(z.string(), ''),
    province: nonEmpty(),
    district: z.optional(z.string()),
    year: year(),
    targetPreset: z.optional(z.string()),
    targetYear: z.optional(year()),
    planStart: z.optional(z.int()),
    planEnd: z.optional(z.int()),
    disadvantaged: z._default(z.boolean(), false),
    reportBody: z.string(),
    reportParent: z.string(),
    reportNumber: z._default(z.string(), ''),
    reportDate: z.optional(z.date()),
    reportSigner: z._default(z.string(), ''),
    reportSignerTitle: z.array(z.string()),
    decisionNumber: z._default(z.string(), ''),
    decisionSigner: z._default(z.string(), ''),
    decisionSignerTitle: z.array(z.string()),
    oneDecision: z._default(z.boolean(), false),
    recipients: z.array(z.string()),
    shareEmails: z.array(z.string()),
    shareRole: z._default(z.enum(['viewer', 'editor']), 'viewer'),
    deadline: z.date(),
    // The documents' legal basis (see layout/config-sheet.ts); any part may be missing.
    planNumber: z.optional(z.string()),
    planDate: z.optional(z.date()),
    planTitle: z.optional(z.string()),
    planIssuer: z.optional(z.string()),
    guidanceNumber: z.optional(z.string()),
    guidanceDate: z.optional(z.date()),
    guidanceTitle: z.optional(z.string()),
    guidanceIssuer: z.optional(z.string()),
  }),
);
export type Config = z.infer<typeof Config.schema>;

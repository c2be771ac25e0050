// The commune's configuration after reading the "Cấu hình" sheet.
import * as z from 'zod';

export const Config = z.object({
  commune: z.string().min(1),
  communeKind: z.enum(['Xã', 'Phường', 'Đặc khu']).default('Xã'),
  province: z.string().min(1),
  district: z.string().optional(),
  year: z.number().int().min(2000).max(2100),
  targetPreset: z.string().optional(),
  targetYear: z.number().int().min(2000).max(2100).optional(),
  planStart: z.number().int().optional(),
  planEnd: z.number().int().optional(),
  disadvantaged: z.boolean().default(false),
  reportBody: z.string(),
  reportParent: z.string(),
  reportNumber: z.string().default(''),
  reportDate: z.date().optional(),
  reportSigner: z.string().default(''),
  reportSignerTitle: z.array(z.string()),
  decisionNumber: z.string().default(''),
  decisionSigner: z.string().default(''),
  decisionSignerTitle: z.array(z.string()),
  oneDecision: z.boolean().default(false),
  recipients: z.array(z.string()),
  shareEmails: z.array(z.string()),
  shareRole: z.enum(['viewer', 'editor']).default('viewer'),
  deadline: z.date(),
});
export type Config = z.infer<typeof Config>;

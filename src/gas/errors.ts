// Failures the officer can act on carry a Vietnamese message; anything else becomes a generic one, never a stack.
import { gasText } from '../core/i18n/gas';

export class UserError extends Error {
  constructor(message: string, code: string) {
    super(message, { cause: { code } });
    this.name = 'UserError';
  }
}

/** The text of an alert for any thrown value: our own messages as they are, others wrapped, first line only. */
export const describeFailure = (err: unknown): string => {
  if (err instanceof UserError) return err.message;
  const raw = err instanceof Error ? err.message : String(err);
  const firstLine = raw.split('\n')[0] ?? '';
  return gasText.unexpected(firstLine.slice(0, 300));
};

// Google's sharing failures, named: the exception texts of DocumentApp.openById and Document.addViewer/addEditor
// matched to what the officer can do. The patterns follow the wording of Apps Script's exceptions as published
// in Google's documentation and issue tracker; none was observed here (nothing ran on Google).
export type ShareFailure = 'invalid' | 'noAccount' | 'policy' | 'quota' | 'gone' | 'other';

const PATTERNS: [ShareFailure, RegExp][] = [
  ['quota', /too many times|limit exceeded|quota|rate limit|try again later/iu],
  [
    'noAccount',
    /no google account|not a google account|does not have a google account|not associated with a google account|isn't a google account/iu,
  ],
  [
    'policy',
    /outside (of )?(your|the|this) (domain|organi[sz]ation)|domain polic|administrator|not allowed to share|sharing is restricted|cannot be shared/iu,
  ],
  ['invalid', /invalid (email|argument|address|user)|malformed|not a valid e-?mail/iu],
  [
    'gone',
    /missing|deleted|not found|no item with the given id|does not exist|access denied|don't have (read )?access/iu,
  ],
];

export const classifyShareError = (err: unknown): { kind: ShareFailure; google: string } => {
  const google = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
  for (const [kind, re] of PATTERNS) if (re.test(google)) return { kind, google };
  return { kind: 'other', google };
};

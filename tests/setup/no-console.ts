// Tests fail on stray console output: a message nobody asserts is a message nobody reads.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let stray: string[] = [];
beforeEach(() => {
  stray = [];
  for (const m of methods) {
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      stray.push(`console.${m}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  jest.restoreAllMocks();
  if (stray.length > 0) throw new Error(`Unexpected console output:\n${stray.join('\n')}`);
});

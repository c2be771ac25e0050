// Jest runs TypeScript through swc (no TS compiler API needed), as CommonJS.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(zod)/)'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/no-console.ts', '<rootDir>/tests/setup/exceljs-ranges.ts'],
  reporters: ['default', '<rootDir>/tests/setup/plain-summary-reporter.cjs'],
  testTimeout: 60000,
};

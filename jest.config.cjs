/** Unit and UI tests (jest). End-to-end tests live in test/e2e and run with `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.cjs",
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/setup.ts"],
  // Fluent UI tests in jsdom take seconds each on a busy 2-core CI machine; time is measured by the bench, not here.
  testTimeout: 30_000,
};

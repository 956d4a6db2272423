// Lint keeps the layers apart (DEVELOPERS.md): src/domain is pure, Excel/Office live in src/excel,
// and the Office add-in rules run as errors.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

const noOfficeGlobals = [
  { name: "Excel", message: "Excel.* belongs in src/excel (or the emulator)." },
  { name: "Office", message: "Office.* belongs in src/excel (or the emulator)." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // webpack reads a CommonJS config.
    files: ["webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "no-restricted-globals": ["error", ...noOfficeGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/domain is pure: no React or Fluent." },
            { group: ["office-*", "@microsoft/office-js*"], message: "src/domain is pure: no Office." },
            { group: ["**/excel/**", "**/taskpane/**", "**/emulator/**", "**/preview/**"], message: "src/domain depends on nothing else in src." },
            { group: ["hyperformula", "exceljs"], message: "src/domain is pure." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-globals": ["error", ...noOfficeGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/emulator/**", "**/preview/**"], message: "The task pane must not know the emulator." },
            { group: ["hyperformula"], message: "HyperFormula is GPL: never in the add-in bundle." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "**/taskpane/**"], message: "src/excel holds no UI." },
            { group: ["**/emulator/**", "**/preview/**", "hyperformula"], message: "src/excel talks to the real API only." },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**", "scripts/**"],
    rules: {
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // The emulator's own tests break the load/sync rules on purpose, to prove it throws as Excel does.
    files: ["test/emulator/**"],
    rules: Object.fromEntries(Object.keys(officeRules).map((name) => [name, "off"])),
  },
);

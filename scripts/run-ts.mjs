// Runs a TypeScript script (npm run sample / bench) with a small CommonJS require hook that
// transpiles .ts/.tsx through the TypeScript API: no extra runner to install.
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const Module = require("node:module");

const compile = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true, inlineSourceMap: true },
  });
  module._compile(outputText, filename);
};
// Stack traces point at the .ts lines, not the transpiled output.
process.setSourceMapsEnabled(true);
Module._extensions[".ts"] = compile;
Module._extensions[".tsx"] = compile;

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/run-ts.mjs <script.ts> [args…]");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...args];
const main = require(path.resolve(script));
if (typeof main.main === "function") {
  Promise.resolve(main.main(args)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// End-to-end checks: the built preview in headless Chromium (Debian's chromium + playwright-core).
// Fails on any console error, page error, or request that leaves localhost.
import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveStatic } from "./server.mjs";
import { checks as shellChecks } from "./checks/shell.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const results = path.join(root, "test-results");
const checks = [...shellChecks];

if (!fs.existsSync(path.join(dist, "preview.html"))) execSync("npm run build", { cwd: root, stdio: "inherit" });
fs.mkdirSync(results, { recursive: true });

const { server, url } = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const consoleErrors = [];
const offsite = [];
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
page.on("pageerror", (e) => consoleErrors.push(String(e)));
await page.route("**/*", (route) => {
  const host = new URL(route.request().url()).hostname;
  if (["127.0.0.1", "localhost"].includes(host) || route.request().url().startsWith("data:") || route.request().url().startsWith("blob:")) return route.continue();
  offsite.push(route.request().url());
  return route.abort();
});

let passed = 0, failed = 0;
const expect = (ok, what) => { if (!ok) throw new Error(`expected: ${what}`); };
const shot = (name) => page.screenshot({ path: path.join(results, `${name}.png`), fullPage: false });
await page.goto(`${url}/preview.html`);
for (const check of checks) {
  try {
    await check.run({ page, expect, shot });
    passed += 1;
    console.log(`✓ ${check.name}`);
  } catch (error) {
    failed += 1;
    console.log(`✗ ${check.name}\n    ${String(error).split("\n")[0]}`);
    await shot(`gagal-${passed + failed}`).catch(() => undefined);
  }
}
for (const [name, list] of [["no console errors", consoleErrors], ["no request leaves localhost", offsite]]) {
  if (list.length === 0) { passed += 1; console.log(`✓ ${name}`); }
  else { failed += 1; console.log(`✗ ${name}\n    ${list.slice(0, 5).join("\n    ")}`); }
}
await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

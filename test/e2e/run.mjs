// End-to-end checks: the built preview (dist/preview.html) in headless Chromium (Debian's chromium +
// playwright-core; playwright's own browser download does not work here, DESIGN.md).
//
// Every file in test/e2e/checks/*.mjs is a group of checks, run in file-name order. A file exports
// `checks` (an array) or a default export (one check or an array); a check is
// `{ name, async run({ page, expect, shot, url }) }`: `page` is the preview, already loaded (one fresh
// page per file; checks of a file share it, in order), `expect(condition, what)` throws when the
// condition is false, `shot(name)` saves test-results/<name>.png, `url` is the server's base URL.
// Two more checks always run last: no console error or page error, and no request left localhost.
// The last line is `N passed, N failed`; the exit code is non-zero on any failure.
import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serveStatic } from "./server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const dist = path.join(root, "dist");
const results = path.join(root, "test-results");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHECK_TIMEOUT_MS = 90_000;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

async function loadGroups() {
  const dir = process.env.E2E_CHECKS_DIR ? path.resolve(process.env.E2E_CHECKS_DIR) : path.join(here, "checks");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort();
  const groups = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    const found = mod.checks ?? mod.default ?? [];
    const checks = Array.isArray(found) ? found : [found];
    for (const c of checks) {
      if (typeof c?.name !== "string" || typeof c?.run !== "function") throw new Error(`${file}: every check needs a name and a run function`);
    }
    groups.push({ file, checks });
  }
  return groups;
}

const withTimeout = (promise, ms, what) => {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
const firstLine = (error) => String(error instanceof Error ? error.message : error).split("\n")[0];

if (!fs.existsSync(path.join(dist, "preview.html"))) {
  console.log("dist/preview.html is missing: running npm run build");
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
if (!fs.existsSync(executablePath)) {
  console.log(`✗ ${executablePath} not found: apt-get install -y --no-install-recommends chromium\n0 passed, 1 failed`);
  process.exit(1);
}
fs.mkdirSync(results, { recursive: true });
for (const old of fs.readdirSync(results)) if (old.endsWith(".png")) fs.rmSync(path.join(results, old));

const groups = await loadGroups();
const { server, url } = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const consoleErrors = [];
const offsite = [];
let passed = 0;
let failed = 0;
const pass = (name) => { passed += 1; console.log(`✓ ${name}`); };
const fail = (name, lines) => { failed += 1; console.log(`✗ ${name}\n    ${lines.join("\n    ")}`); };
const expect = (condition, what) => { if (!condition) throw new Error(`expected ${what}`); };

try {
  for (const { file, checks } of groups) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`[${file}] ${m.text()}`); });
    page.on("pageerror", (e) => consoleErrors.push(`[${file}] page error: ${firstLine(e)}`));
    await page.route("**/*", (route) => {
      const target = route.request().url();
      let host = "";
      try { host = new URL(target).hostname; } catch { /* not a URL: treat as off-site */ }
      if (LOCAL_HOSTS.has(host)) return route.continue();
      offsite.push(`[${file}] ${target}`);
      return route.abort();
    });
    const shot = (name) => page.screenshot({ path: path.join(results, `${name}.png`) });
    console.log(`\n${file}`);
    let loaded = true;
    try {
      await page.goto(`${url}/preview.html`, { waitUntil: "load" });
    } catch (error) {
      loaded = false;
      fail(`${file}: the preview loads`, [firstLine(error)]);
    }
    for (const check of checks) {
      if (!loaded) { fail(check.name, ["not run: the preview did not load"]); continue; }
      try {
        await withTimeout(Promise.resolve(check.run({ page, expect, shot, url })), CHECK_TIMEOUT_MS, check.name);
        pass(check.name);
      } catch (error) {
        fail(check.name, [firstLine(error), `screenshot: test-results/gagal-${slug(check.name)}.png`]);
        await shot(`gagal-${slug(check.name)}`).catch(() => undefined);
      }
    }
    await context.close();
  }
  console.log("");
  if (consoleErrors.length === 0) pass("no console errors");
  else fail("no console errors", [...consoleErrors.slice(0, 10), ...(consoleErrors.length > 10 ? [`… and ${consoleErrors.length - 10} more`] : [])]);
  if (offsite.length === 0) pass("no request leaves localhost");
  else fail("no request leaves localhost", [...new Set(offsite)].slice(0, 10));
} catch (error) {
  fail("the end-to-end runner itself", [firstLine(error)]);
} finally {
  await browser.close().catch(() => undefined);
  server.close();
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// npm start: dev certificates, then webpack-dev-server on https://localhost:3000 with the add-in
// and the browser preview. Works headless: if the certificate authority cannot be trusted
// automatically, the server still starts and says how to trust it.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const certDir = path.join(root, ".certs");
const files = { ca: path.join(certDir, "ca.crt"), cert: path.join(certDir, "localhost.crt"), key: path.join(certDir, "localhost.key") };

async function ensureCertificates() {
  if (Object.values(files).every((f) => fs.existsSync(f))) return;
  fs.mkdirSync(certDir, { recursive: true });
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate.js");
  await generateCertificates(files.ca, files.cert, files.key, 365, ["localhost", "127.0.0.1"]);
}

await ensureCertificates();
console.log(`
Evapor — server pengembangan / development server
  Pratinjau (preview, tanpa Excel):  https://localhost:3000/preview.html
  Panel add-in (untuk Excel):        https://localhost:3000/taskpane.html

Sertifikat / certificate: ${path.relative(root, files.ca)}
  Browser dan Excel harus mempercayai CA ini. Windows: npx office-addin-dev-certs install
  Linux (Chromium): chrome://certificate-manager → Authorities → Import ${path.relative(root, files.ca)}
  Atau buka https://localhost:3000/preview.html dan terima peringatannya.

Sideload manifest.xml:
  Excel di web: Sisipkan → Add-in → Kelola Add-in Saya → Unggah Add-in Saya → pilih manifest.xml
  Excel desktop Windows: bagikan folder berisi manifest.xml, tambahkan di File → Opsi → Pusat Kepercayaan →
    Katalog Add-in Tepercaya, lalu Sisipkan → Add-in Saya → FOLDER BERSAMA.
  Excel di Mac: salin manifest.xml ke ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
`);
const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
const child = spawn(bin, ["serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));

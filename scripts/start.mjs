// npm start: development certificates, then webpack-dev-server on https://localhost:3000 with the
// add-in and the browser preview. Works headless: when the certificate authority cannot be trusted
// automatically, the server starts anyway and says how to trust it.
import fs from "node:fs";
import path from "node:path";
import { X509Certificate } from "node:crypto";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const certDir = path.join(root, ".certs");
const files = { ca: path.join(certDir, "ca.crt"), cert: path.join(certDir, "localhost.crt"), key: path.join(certDir, "localhost.key") };
const DAY = 86_400_000;

/** The certificates in .certs/ serve localhost for at least another day. */
function usable() {
  if (!Object.values(files).every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new X509Certificate(fs.readFileSync(files.cert));
    return Date.parse(cert.validTo) > Date.now() + DAY && cert.checkHost("localhost") !== undefined;
  } catch {
    return false;
  }
}

/**
 * Windows and macOS: office-addin-dev-certs creates its CA and adds it to the user's trust store
 * (Windows asks to confirm), so Excel desktop trusts the server. On Linux it would need sudo and the
 * system store, which Chromium does not read: there, and whenever it fails, the certificates are
 * made here and the user is told how to trust them. EVAPOR_DEV_CERTS=local skips the attempt.
 */
async function trustedByOffice() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  if (process.env.EVAPOR_DEV_CERTS === "local" || !process.stdout.isTTY) return false;
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    const options = await getHttpsServerOptions();
    fs.writeFileSync(files.ca, options.ca);
    fs.writeFileSync(files.cert, options.cert);
    fs.writeFileSync(files.key, options.key);
    return true;
  } catch (error) {
    console.warn(`office-addin-dev-certs could not install its certificate authority (${error instanceof Error ? error.message : error});\nusing a local one.`);
    return false;
  }
}

async function ensureCertificates() {
  fs.mkdirSync(certDir, { recursive: true });
  if (await trustedByOffice()) return "trusted";
  if (usable()) return "local";
  const { generateCertificates } = require("office-addin-dev-certs/lib/generate.js");
  await generateCertificates(files.ca, files.cert, files.key, 365, ["localhost", "127.0.0.1"]);
  return "local";
}

const trust = await ensureCertificates();
const ca = path.relative(root, files.ca);
console.log(`
Evapor — server pengembangan / development server
  Pratinjau (preview, tanpa Excel):  https://localhost:3000/preview.html
  Panel add-in (untuk Excel):        https://localhost:3000/taskpane.html
  Manifest untuk sideload:           ${path.join(root, "manifest.xml")}

Sertifikat / certificate: ${trust === "trusted" ? "dipercaya oleh sistem / trusted by this system" : ca}`);
if (trust === "local") {
  console.log(`  Browser dan Excel harus mempercayai CA ini / browsers and Excel must trust this CA:
    Windows:  npx office-addin-dev-certs install   (atau / or: certutil -user -addstore Root ${ca})
    macOS:    buka ${ca} di Keychain Access → Always Trust
    Linux:    Chromium → chrome://certificate-manager → Authorities → Import ${ca}
              (atau buka https://localhost:3000/preview.html dan terima peringatannya / or accept the warning)`);
}
console.log(`
Sideload manifest.xml:
  Excel di web:          Sisipkan → Add-in → Add-in Saya → Unggah Add-in Saya → manifest.xml
                         (Insert → Add-ins → My Add-ins → Upload My Add-in)
  Excel desktop Windows: bagikan folder berisi manifest.xml (\\\\komputer\\folder), lalu File → Opsi →
                         Pusat Kepercayaan → Pengaturan → Katalog Add-in Tepercaya → URL katalog → Tambah,
                         centang "Tampilkan di Menu"; mulai ulang Excel → Sisipkan → Add-in Saya → FOLDER BERSAMA.
                         (File → Options → Trust Center → Trusted Add-in Catalogs; Insert → My Add-ins → SHARED FOLDER)
  Excel di Mac:          salin manifest.xml ke ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                         lalu mulai ulang Excel → Sisipkan → Add-in Saya / Insert → My Add-ins
`);
const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "webpack.cmd" : "webpack");
const child = spawn(bin, ["serve", "--mode", "development"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));

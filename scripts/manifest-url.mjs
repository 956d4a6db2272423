// Rewrites the development URL of manifest.xml (https://localhost:3000/) to the hosting URL of a
// production build (webpack.config.js calls it when copying manifest.xml into dist/). Office loads
// add-ins over HTTPS only, so anything else is refused: this runs in a build, where throwing is right.
export const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** The hosting URL as an https base ending in "/", without query or fragment; throws when unusable. */
export function normalizeHostingUrl(raw) {
  let url;
  try {
    url = new URL(String(raw ?? "").trim());
  } catch {
    throw new Error(`Hosting URL is not a URL: ${String(raw)} (expected e.g. https://evapor.example.go.id/)`);
  }
  if (url.protocol !== "https:") throw new Error(`Hosting URL must use https (Office loads add-ins over HTTPS only): ${String(raw)}`);
  if (url.username || url.password) throw new Error(`Hosting URL must not contain a user name or password: ${String(raw)}`);
  url.search = "";
  url.hash = "";
  const text = url.toString();
  return text.endsWith("/") ? text : `${text}/`;
}

/**
 * Replaces every https://localhost:3000/ in the manifest with the hosting base URL, and the bare origin
 * (as in <AppDomain>) with the hosting origin.
 */
export function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeHostingUrl(baseUrl);
  const origin = new URL(base).origin;
  return String(xml).split(DEV_BASE_URL).join(base).split(DEV_ORIGIN).join(origin);
}

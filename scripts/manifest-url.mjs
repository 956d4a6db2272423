// Rewrites the development URL of manifest.xml (https://localhost:3000/) to the hosting URL of a
// production build. Office only loads add-ins over HTTPS, so anything else is refused here.
export const DEV_BASE_URL = "https://localhost:3000/";

export function normalizeHostingUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`Hosting URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`Hosting URL must use https: ${raw}`);
  url.search = "";
  url.hash = "";
  const text = url.toString();
  return text.endsWith("/") ? text : `${text}/`;
}

export function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeHostingUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml
    .split(DEV_BASE_URL).join(base)
    .split("<AppDomain>https://localhost:3000</AppDomain>").join(`<AppDomain>${origin}</AppDomain>`);
}

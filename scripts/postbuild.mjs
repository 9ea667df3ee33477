// Trunk post-build hook (Trunk.toml `[[hooks]] stage = "post_build"`): finishes the staged site
// before Trunk moves it to dist/.
//
// 1. When EXPLAINER_PUBLIC_URL is set (the https address the explainer will be published at,
//    ending with "/"), writes that address into index.html: a canonical link, og:url, and absolute
//    og:image and twitter:image URLs (share cards need absolute image URLs). Without it, the
//    image URLs stay relative and there is no canonical link. A malformed value fails the build.
// 2. Writes `_headers` (the format Netlify and Cloudflare Pages read) with a Content-Security-
//    Policy computed from the built index.html: a sha256 hash of every inline <script> (Trunk's
//    module loader) and <style>, so the policy is always right for this very build; plus
//    nosniff, a referrer policy, a permissions policy and cache rules. docs/EMBED.md explains
//    each choice.
//
// Trunk runs it with TRUNK_STAGING_DIR set. By hand: TRUNK_STAGING_DIR=dist node scripts/postbuild.mjs
// (running it twice on the same folder gives the same result).

import { createHash } from "node:crypto";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Thrown for problems the person building must fix; printed without a stack trace. */
export class BuildError extends Error {}

// --- EXPLAINER_PUBLIC_URL ---------------------------------------------------------------------

/**
 * Checks the public address: an absolute https URL of a folder (ending with "/"), without
 * credentials, query or fragment, written in canonical form. Returns it; throws a BuildError
 * that says what is wrong otherwise.
 */
export function validatePublicUrl(text) {
  const problem = (why) =>
    new BuildError(
      `EXPLAINER_PUBLIC_URL=${JSON.stringify(text)} ${why}. ` +
        `Set it to the https address the explainer's index.html will be served at, ending with "/", ` +
        `e.g. https://news.example/interactives/iran-diplomacy/ (or unset it for relative URLs).`,
    );
  let url;
  try {
    url = new URL(text);
  } catch {
    throw problem("is not an absolute URL");
  }
  if (url.protocol !== "https:") throw problem("must start with https://");
  if (url.username || url.password) throw problem("must not contain a user name or password");
  if (url.search || text.includes("?")) throw problem("must not have a query string");
  if (url.hash || text.includes("#")) throw problem("must not have a fragment");
  if (!url.pathname.endsWith("/")) throw problem('must end with "/" (the folder that holds index.html)');
  if (url.href !== text) throw problem(`is not written in canonical form (did you mean ${url.href}?)`);
  return url.href;
}

// --- A small HTML scanner ---------------------------------------------------------------------
// Enough for the HTML Trunk writes (minified in release builds: unquoted attribute values,
// attributes in any order, optional end tags left out): start tags with their attributes, and
// the raw text of <script> and <style> elements, which is what the browser hashes.

const ATTRIBUTE = /\s*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\/(?!>)/y;
const TAG_END = /\s*\/?>/y;
const RAW_TEXT = new Set(["script", "style", "title", "textarea"]);

/**
 * Lists the start tags of `html`: { name, attrs: Map(name → value, "" for a bare attribute),
 * start, end } and, for <script>, <style>, <title> and <textarea>, the element's `text` and the
 * index `close` just after its end tag.
 */
export function scanTags(html) {
  const tags = [];
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 40));
    if (!name) {
      i += 1;
      continue;
    }
    const tag = { name: name[1].toLowerCase(), attrs: new Map(), start: i };
    let j = i + name[0].length;
    for (;;) {
      ATTRIBUTE.lastIndex = j;
      const m = ATTRIBUTE.exec(html);
      if (!m || m[0].length === 0) break;
      j = ATTRIBUTE.lastIndex;
      if (m[1] === undefined) continue; // a stray "/"
      const attr = m[1].toLowerCase();
      if (!tag.attrs.has(attr)) tag.attrs.set(attr, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
    }
    TAG_END.lastIndex = j;
    if (!TAG_END.exec(html)) {
      i = j; // not a well-formed tag: move on
      continue;
    }
    tag.end = TAG_END.lastIndex;
    i = tag.end;
    if (RAW_TEXT.has(tag.name)) {
      const close = new RegExp(`</${tag.name}[\\s/>]`, "ig");
      close.lastIndex = tag.end;
      const c = close.exec(html);
      const textEnd = c ? c.index : html.length;
      tag.text = html.slice(tag.end, textEnd);
      tag.close = c ? html.indexOf(">", textEnd) + 1 : html.length;
      i = tag.close;
    }
    tags.push(tag);
  }
  return tags;
}

function decodeEntities(value) {
  return value.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, e) =>
    ({ amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", "#39": "'", "#34": '"' })[e],
  );
}

function escapeAttribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

// --- Content-Security-Policy -------------------------------------------------------------------

/**
 * The CSP source for an inline element's text, as browsers compute it: SHA-256 over the UTF-8
 * text, after the HTML parser's newline normalisation (CR LF and lone CR become LF).
 */
export function cspHash(text) {
  const normalised = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

/**
 * Reads the built page: the hashes of its inline scripts and styles. Fails on what the policy
 * would block without saying so: inline event handlers (onclick=…), style attributes and
 * javascript: URLs.
 */
export function inlineCode(html, file = "index.html") {
  const scripts = [];
  const styles = [];
  for (const tag of scanTags(html)) {
    for (const [attr, value] of tag.attrs) {
      const where = `<${tag.name}> in ${file}`;
      if (/^on[a-z]/.test(attr)) {
        throw new BuildError(`${where} has an inline event handler (${attr}=…), which the Content-Security-Policy blocks.`);
      }
      if (attr === "style") {
        throw new BuildError(`${where} has a style attribute, which the Content-Security-Policy blocks; use the stylesheet.`);
      }
      if (/^\s*javascript:/i.test(value)) {
        throw new BuildError(`${where} has a javascript: URL (${attr}), which the Content-Security-Policy blocks.`);
      }
    }
    if (tag.name === "script" && !tag.attrs.has("src") && tag.text.trim() !== "") scripts.push(cspHash(tag.text));
    if (tag.name === "style" && tag.text.trim() !== "") styles.push(cspHash(tag.text));
  }
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The policy for the page, given the hashes from inlineCode(). */
export function contentSecurityPolicy({ scripts, styles }) {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors *",
  ].join("; ");
}

// Features the explainer never uses, switched off for it and for anything it could embed. Only
// names Chromium recognises: an unknown one makes it log an error on every load.
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// --- Cache rules ------------------------------------------------------------------------------

/** Trunk's content hash in a file name: "name-<hex digits>" before the extension or "_bg".
 *  Trunk writes the 64-bit hash without leading zeros, so it has up to 16 digits (15 in about
 *  one build in sixteen). */
const HASHED = /-[0-9a-f]{12,16}(?=[._/])/;

/** The files a sandboxed frame fetches in CORS mode: the app's script and WebAssembly. */
const CROSS_ORIGIN = /\.(m?js|wasm)$/;

export const CACHE = {
  hashed: "public, max-age=31536000, immutable",
  page: "no-cache",
  other: "public, max-age=3600",
};

/** The Cache-Control value for a file, by its path relative to the site root ("a/b.js"). */
export function cacheControl(path) {
  if (path.endsWith(".html")) return CACHE.page;
  if (HASHED.test(path)) return CACHE.hashed;
  return CACHE.other;
}

/**
 * The `_headers` file: security headers on every path, then one Cache-Control rule per file.
 * A request gets the headers of every rule that matches it, so the cache rules use exact paths
 * and no header is set by two rules that match the same path.
 */
export function headersFile({ csp, files }) {
  const lines = [
    "# Written by scripts/postbuild.mjs at build time; docs/EMBED.md explains every header.",
    "/*",
    `  Content-Security-Policy: ${csp}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    "",
    "/",
    `  Cache-Control: ${CACHE.page}`,
  ];
  for (const file of [...files].sort()) {
    lines.push("", `/${file}`, `  Cache-Control: ${cacheControl(file)}`);
    // The app's code may be fetched by a page with no origin of its own: WordPress shows an
    // address pasted into a post in a frame sandboxed without allow-same-origin, where the
    // module script and the WebAssembly are CORS requests. They are public files.
    if (CROSS_ORIGIN.test(file)) lines.push("  Access-Control-Allow-Origin: *");
  }
  return lines.join("\n") + "\n";
}

// --- The public address in index.html ---------------------------------------------------------

const IMAGE_META = new Set(["og:image", "twitter:image"]);
const OWN_META = new Set(["og:url"]);

/**
 * Writes the public address into the page: absolute og:image and twitter:image URLs (relative
 * ones are resolved against `publicUrl`), and a canonical link and og:url after the <title>.
 * Earlier canonical links and og:url tags are replaced, so running it twice changes nothing.
 */
export function withPublicUrl(html, publicUrl) {
  const edits = []; // [start, end, replacement], applied from the end
  let titleClose = -1;
  for (const tag of scanTags(html)) {
    const key = tag.attrs.get("property") ?? tag.attrs.get("name");
    if (tag.name === "title") titleClose = tag.close;
    else if (tag.name === "link" && (tag.attrs.get("rel") ?? "").toLowerCase() === "canonical") edits.push([tag.start, tag.end, ""]);
    else if (tag.name === "meta" && OWN_META.has(key)) edits.push([tag.start, tag.end, ""]);
    else if (tag.name === "meta" && IMAGE_META.has(key) && tag.attrs.has("content")) {
      const absolute = new URL(tag.attrs.get("content"), publicUrl).href;
      const attrs = new Map(tag.attrs).set("content", absolute);
      const serialised = [...attrs].map(([k, v]) => (v === "" && k !== "content" ? k : `${k}="${escapeAttribute(v)}"`));
      edits.push([tag.start, tag.end, `<meta ${serialised.join(" ")}>`]);
    }
  }
  if (titleClose < 0) throw new BuildError("index.html has no <title>: cannot place the canonical link.");
  const url = escapeAttribute(publicUrl);
  edits.push([titleClose, titleClose, `<link rel="canonical" href="${url}"><meta property="og:url" content="${url}">`]);
  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = html;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The head tags that only make sense with absolute addresses: share images and oEmbed. */
const PUBLISHING_META = /^(og:image(:.*)?|twitter:image(:.*)?)$/;

/**
 * A page for a build without a public address (a local build, the tests): without the tags a
 * CMS or a social network would read, since relative addresses there point at the wrong site:
 * the share image tags and the oEmbed discovery link go.
 */
export function withoutPublishing(html) {
  const edits = [];
  for (const tag of scanTags(html)) {
    const key = tag.attrs.get("property") ?? tag.attrs.get("name") ?? "";
    const oembed =
      tag.name === "link" && (tag.attrs.get("type") ?? "").toLowerCase() === "application/json+oembed";
    if (oembed || (tag.name === "meta" && PUBLISHING_META.test(key))) edits.push([tag.start, tag.end]);
  }
  let out = html;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

// --- The hook ---------------------------------------------------------------------------------

/** Every file under `root`, as paths relative to it with "/" (scripts/editions.mjs too). */
export async function listFiles(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, full)));
    else if (entry.isFile()) files.push(relative(root, full).split(sep).join("/"));
  }
  return files;
}

// --- The scenario cards ---------------------------------------------------------------------
// The pre-render (src/site/card.rs) draws each scenario's and each case's card as SVG into img/; here
// they become PNG files (share cards and the embed's fallback image must be PNG or JPEG), drawn
// by resvg with the DejaVu fonts from npm, so every machine draws the same pixels.

const FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((name) =>
  fileURLToPath(new URL(`../node_modules/dejavu-fonts-ttf/ttf/${name}`, import.meta.url)),
);

/** Turns every img/*.svg of the built folder into a PNG beside it and removes the SVG. */
export async function renderCards(staging) {
  const dir = join(staging, "img");
  const svgs = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".svg"));
  if (svgs.length === 0) return 0;
  const { Resvg } = await import("@resvg/resvg-js");
  const font = { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" };
  for (const name of svgs) {
    const path = join(dir, name);
    const png = new Resvg(await readFile(path, "utf8"), { font }).render().asPng();
    await writeFile(path.replace(/\.svg$/, ".png"), png);
    await rm(path);
  }
  return svgs.length;
}

// --- The classroom kit's assets ----------------------------------------------------------------
// The kit's pages (src/site/kit/, written by the pre-render) share kit.css, from style/kit.scss, and
// the handouts load qrcode.js (kazuhikoarase's qrcode-generator, from npm) and handout.js. Only
// those pages load them, and the teachers' page its link builder, teachers.js (with qrcode.js);
// the explainer's first load does not.

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Writes kit.css and the kit's scripts (qrcode.js, handout.js, teachers.js, compare.js) into
 *  the built folder, minified. */
export async function kitAssets(staging) {
  const sass = await import("sass");
  const { css } = sass.compile(join(ROOT, "style", "kit.scss"), { style: "compressed" });
  await writeFile(join(staging, "kit.css"), css);
  const { minify } = await import("terser");
  const scripts = [
    ["qrcode.js", join(ROOT, "node_modules", "qrcode-generator", "dist", "qrcode.js"), join(ROOT, "public", "qr-svg.js")],
    ["handout.js", join(ROOT, "public", "handout.js")],
    ["teachers.js", join(ROOT, "public", "teachers.js")],
    ["compare.js", join(ROOT, "public", "compare.js")],
  ];
  for (const [name, ...sources] of scripts) {
    const source = (await Promise.all(sources.map((s) => readFile(s, "utf8")))).join("\n");
    const { code } = await minify(source, { compress: { passes: 2 }, mangle: { toplevel: false }, format: { comments: false } });
    await writeFile(join(staging, name), code);
  }
}

/** Runs the hook on a built folder; returns what it did, for the log and the tests. */
export async function postbuild(staging, env = process.env) {
  const cards = await renderCards(staging);
  // The kit's stylesheet and scripts serve its pages: a folder without them (the tests'
  // fixtures) needs neither, nor the seconds Sass and terser take.
  const built = await readdir(staging);
  // A translated edition without the teachers' pages still has the accessibility statement,
  // the glossary and the model's notes.
  if (built.includes("teachers.html") || built.includes("handout") || built.includes("accessibility.html")) await kitAssets(staging);
  const raw = env.EXPLAINER_PUBLIC_URL;
  const publicUrl = raw === undefined || raw === "" ? null : validatePublicUrl(raw);
  // index.html and each case's own page (case-<id>.html): the same inline loader, so the same
  // hashes, but each is checked.
  const pages = (await readdir(staging)).filter((f) => f.endsWith(".html")).sort();
  if (!pages.includes("index.html")) throw new BuildError("the built folder has no index.html.");
  const scripts = new Set();
  const styles = new Set();
  for (const page of pages) {
    const path = join(staging, page);
    let html = await readFile(path, "utf8");
    html = publicUrl
      ? withPublicUrl(html, page === "index.html" ? publicUrl : new URL(page, publicUrl).href)
      : withoutPublishing(html);
    await writeFile(path, html);
    const found = inlineCode(html, page);
    found.scripts.forEach((h) => scripts.add(h));
    found.styles.forEach((h) => styles.add(h));
  }
  // Without a public address the oEmbed answers' addresses would be relative: none is published.
  if (!publicUrl) {
    for (const file of built.filter((f) => /^oembed(-[a-z0-9-]+)?\.json$/.test(f))) await rm(join(staging, file));
  }
  const inline = { scripts: [...scripts], styles: [...styles] };
  const csp = contentSecurityPolicy(inline);
  const files = (await listFiles(staging)).filter((f) => f !== "_headers");
  await writeFile(join(staging, "_headers"), headersFile({ csp, files }));
  return { publicUrl, csp, inline, files, pages, cards };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const staging = process.env.TRUNK_STAGING_DIR;
  try {
    if (!staging) throw new BuildError("TRUNK_STAGING_DIR is not set: Trunk sets it for its hooks; by hand, set it to a built folder.");
    const { publicUrl, inline, pages, cards } = await postbuild(staging);
    console.log(
      `postbuild: ${cards} scenario cards drawn; _headers written for ${pages.length} pages ` +
        `(CSP with ${inline.scripts.length} inline script hash(es)); ` +
        (publicUrl
          ? `public URL ${publicUrl}`
          : "EXPLAINER_PUBLIC_URL not set: a build for local use, with no oEmbed answers, share-image tags or canonical link " +
            "(set it to the published folder's https address to publish; docs/EMBED.md)"),
    );
  } catch (error) {
    console.error(`postbuild: ${error instanceof BuildError ? error.message : error.stack}`);
    process.exit(1);
  }
}

// The last step after each English build (a Trunk post_build hook, after postbuild.mjs): puts
// each translated edition, built before it into `<dist>-<code>/` (for example `dist-fa/`, with
// `EXPLAINER_LANG=fa trunk build --release --dist dist-fa`), into the English build's folder as
// `<code>/`, and rewrites `_headers` for the whole site, so that one Content-Security-Policy
// names the inline code of every edition's pages.
//
// The languages are content/languages.toml's; a translated edition that has not been built is
// left out with a warning (the English build still works on its own). In a translated edition's
// own build (EXPLAINER_LANG set to another language) this does nothing.
//
// By hand: TRUNK_STAGING_DIR=dist TRUNK_DIST_DIR=dist node scripts/editions.mjs

import { cp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy, headersFile, inlineCode, listFiles } from "./postbuild.mjs";

/** The codes of the translated languages in content/languages.toml, in order. */
export async function translatedLanguages(root = join(fileURLToPath(import.meta.url), "../..")) {
  const text = await readFile(join(root, "content", "languages.toml"), "utf8");
  const codes = [...text.matchAll(/^code\s*=\s*"([a-z-]+)"/gm)].map((m) => m[1]);
  return codes.filter((code) => code !== "en");
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Merges the built editions into `staging`; returns the codes merged. */
export async function mergeEditions(staging, dist, codes) {
  const merged = [];
  for (const code of codes) {
    const from = `${dist.replace(/\/+$/, "")}-${code}`;
    if (!(await exists(join(from, "index.html")))) {
      console.warn(`editions: no ${code} edition in ${from}/ (build it first with EXPLAINER_LANG=${code} trunk build --release --dist ${from}); the site has English alone`);
      continue;
    }
    const to = join(staging, code);
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true, filter: (path) => !path.endsWith(`${sep}_headers`) });
    merged.push(code);
  }
  // One policy for the whole site: the inline code of every page of every edition.
  const files = (await listFiles(staging)).filter((f) => f !== "_headers");
  const scripts = new Set();
  const styles = new Set();
  for (const page of files.filter((f) => f.endsWith(".html") && !f.startsWith("handout/"))) {
    const found = inlineCode(await readFile(join(staging, page), "utf8"), page);
    found.scripts.forEach((h) => scripts.add(h));
    found.styles.forEach((h) => styles.add(h));
  }
  const csp = contentSecurityPolicy({ scripts: [...scripts], styles: [...styles] });
  await writeFile(join(staging, "_headers"), headersFile({ csp, files }));
  return merged;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lang = process.env.EXPLAINER_LANG || "en";
  const staging = process.env.TRUNK_STAGING_DIR;
  const dist = process.env.TRUNK_DIST_DIR || staging;
  if (lang !== "en") process.exit(0);
  if (!staging) {
    console.error("editions: TRUNK_STAGING_DIR is not set (Trunk sets it for its hooks)");
    process.exit(1);
  }
  const merged = await mergeEditions(staging, dist, await translatedLanguages());
  console.log(`editions: ${merged.length ? merged.map((c) => `${c}/`).join(", ") : "none"} merged; _headers rewritten`);
}

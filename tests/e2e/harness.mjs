// Shared end-to-end harness: a static server for the release build and a headless Chromium.
//
// The server listens on a free loopback port (port 0), so two runs never collide, and serves
// dist/ under a sub-path the way a newsroom would host it. EXPLAINER_DIST points the tests at
// another build folder (e.g. `trunk build --release --dist /tmp/x`); the default is dist/.

import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { after, before } from "node:test";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const DIST = resolve(process.env.EXPLAINER_DIST || resolve(import.meta.dirname, "../../dist"));
/** Where the explainer is mounted on the test server, as under a newsroom's CMS. */
export const SUB_PATH = "/interactives/iran-diplomacy/";

/** The build a newsroom publishes (`scripts/test.sh` builds it beside dist/), and its address. */
export const DIST_PUBLISH = resolve(process.env.EXPLAINER_DIST_PUBLISH || resolve(import.meta.dirname, "../../dist-publish"));
/** The pseudo-locale's build (EXPLAINER_PSEUDO=1, build/pseudo.rs): every content string transformed. */
export const DIST_PSEUDO = resolve(process.env.EXPLAINER_DIST_PSEUDO || resolve(import.meta.dirname, "../../dist-pseudo"));
export const PUBLIC_URL = "https://news.example/interactives/iran-diplomacy/";
/** `url` at the published address, as served by `server` from the published build. */
export const servedAt = (url, server) => String(url).replace(PUBLIC_URL, server.url);

/** The model's version now, from the content the build compiles in: embed codes carry it (`v`). */
export const MODEL_VERSION = Number(
  readFileSync(resolve(import.meta.dirname, "../../content/review.toml"), "utf8").match(/^model_version = "(\d+)"/m)[1],
);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages read: a path pattern on its
 * own line, then indented `Name: value` lines; `#` starts a comment) into [{ pattern, headers }].
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    if (!rules.length || colon < 0) throw new Error(`_headers: cannot read the line ${JSON.stringify(line)}`);
    rules.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers `rules` give a request path (relative to the site root, starting with "/"): every
 * matching rule applies and `*` matches any run of characters. A header that several matching
 * rules set gets their values joined with ", " (the same as sending it twice), so a test sees it.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (!regex.test(path)) continue;
    for (const [name, value] of headers) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}

/**
 * Serves `root` at `mount` on 127.0.0.1 and a free port. Resolves to { origin, url, close }.
 * `extraRoutes` maps absolute paths to { type, body } for host pages in later tests.
 * `headers: true` adds the response headers `root/_headers` gives each file, matched against its
 * path below `mount`, as a host that serves the folder at its root would.
 */
/** Files a static host sends brotli-compressed (everything but images and fonts). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt", ".md"]);

/**
 * Serves `root` under `mount`. With `headers`, adds the `_headers` rules a static host would;
 * with `compress`, sends text and WebAssembly brotli-compressed to a browser that accepts it, as
 * a real host does (the benchmarks use this; the tests read bodies as they are).
 */
export async function startServer({ root = DIST, mount = SUB_PATH, extraRoutes = {}, headers = false, compress = false } = {}) {
  const compressed = new Map();
  if (compress) {
    // Compressed once, before the first request, as a host's build step would: a benchmark
    // should not time the compression.
    for (const name of await readdir(root)) {
      if (COMPRESSIBLE.has(extname(name))) compressed.set(join(root, name), brotliCompressSync(await readFile(join(root, name))));
    }
  }
  let rules = [];
  if (headers) {
    const file = join(root, "_headers");
    const text = await readFile(file, "utf8").catch(() => {
      throw new Error(`${file} is missing: build with Trunk, whose post-build hook (scripts/postbuild.mjs) writes it`);
    });
    rules = parseHeadersFile(text);
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (extraRoutes[path]) {
      const { type, body } = extraRoutes[path];
      res.writeHead(200, { "content-type": type });
      return res.end(body);
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404);
      return res.end("not found");
    }
    let file = normalize(join(root, path.slice(mount.length)));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const brotli = compress && COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
      if (brotli) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body));
        body = compressed.get(file);
      }
      res.writeHead(200, {
        ...(headers ? headersFor(rules, `/${path.slice(mount.length)}`) : {}),
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...(brotli ? { "content-encoding": "br", vary: "accept-encoding" } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Headless Debian Chromium with flags that keep it off the (closed) network. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    ...options,
  });
}

/**
 * For the calling test file or suite: serves the release build and launches Chromium before
 * its first test, and closes both after its last. The returned object's `server` and `browser`
 * are set by the time a test runs.
 */
export function servedBuild(serverOptions) {
  const build = {};
  before(async () => {
    build.server = await startServer(serverOptions);
    build.browser = await launchBrowser();
  });
  after(async () => {
    await build.browser?.close();
    await build.server?.close();
  });
  return build;
}

/**
 * Opens a page that records console errors and warnings, uncaught errors, every request that
 * leaves the page's own origin, and every dialog (dismissed), all from before the page loads,
 * so tests can assert there are none.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const foreignRequests = [];
  const origin = new URL(url).origin;
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    const u = new URL(req.url());
    if (u.protocol.startsWith("http") && u.origin !== origin) foreignRequests.push(req.url());
  });
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, context, problems, foreignRequests, dialogs };
}

/** The four condition switches, by the names a reader sees (content/conditions.toml). */
export const CONDITIONS = ["No better alternative", "Concessions", "Both can declare victory", "Parity of power"];

/** A case's button in the list of cases, by its name (the scenario map's squares name their
 *  cases too). */
export const caseButton = (page, name) => page.locator("#case-buttons").getByRole("button", { name });

/**
 * Opens the explainer served by `build` (`servedBuild`), at `path` after its folder (a query
 * such as `?on=parity`, or a page such as `case-jcpoa-2015.html`), and waits until the app is
 * live. Returns what `openPage` does.
 */
export async function openExplainer(build, path = "", contextOptions = {}) {
  const opened = await openPage(build.browser, build.server.url + path, contextOptions);
  await appReady(opened.page);
  return opened;
}

/**
 * Slows `page` to Chrome DevTools' "Fast 3G" (1.6 Mbps down, 750 kbps up, 150 ms round trip)
 * with the CPU `cpuSlowdown` times slower: a cheap phone on a slow network.
 */
export async function throttle(page, cpuSlowdown = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
}

/**
 * Wait until the page has caught up with the last change. A tap answers at once (the switch,
 * the compact verdict, the narrative); the rest (the verdict's heading, meters and breakdown,
 * the change note and its announcement, the table, the "in your scenario" lines, the share
 * links) follows once the browser has painted (`browser::after_paint`: a timeout queued in the
 * next animation frame, or after 100 ms). This queues after it, with a longer fallback.
 */
export async function settled(pageOrFrame) {
  await pageOrFrame.evaluate(
    () =>
      new Promise((done) => {
        requestAnimationFrame(() => setTimeout(done, 0));
        setTimeout(done, 150);
      }),
  );
}

/**
 * The text a reader sees in `locator` when it is on screen (its `innerText`). Every step after
 * the first and the sources are laid out only as they near the window (`content-visibility:
 * auto` in style/main.scss), and until then `innerText` reads them as empty. This lays out the
 * parts in and around `locator` for the read, as scrolling to them would, then puts them back,
 * without scrolling: a scroll would change the step the explainer shows as current.
 */
export async function readText(locator) {
  return locator.evaluate((element) => {
    const parts = [...element.querySelectorAll("*")];
    for (let part = element; part; part = part.parentElement) parts.push(part);
    const skipped = parts.filter((part) => getComputedStyle(part).contentVisibility === "auto");
    for (const part of skipped) part.style.contentVisibility = "visible";
    const text = element.innerText;
    for (const part of skipped) part.style.removeProperty("content-visibility");
    return text;
  });
}

/** Waits until the app is live: its regions have taken over the pre-rendered page. */
export async function appReady(page) {
  // The pre-rendered switches are there from the first paint; the app hides the loading
  // notice once its live regions have taken over.
  await page.locator("#app-loading").waitFor({ state: "hidden" });
}

/**
 * Loads `url` in a fresh context as a reader would, until the app has mounted and the network
 * is idle, and returns every response body the page fetched: [{ name, url, body }].
 */
export async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) =>
    bodies.push(
      response.body().then((body) => ({
        url: response.url(),
        name: new URL(response.url()).pathname.split("/").pop() || "index.html",
        body,
      })),
    ),
  );
  await page.goto(url, { waitUntil: "networkidle" });
  await appReady(page);
  const files = await Promise.all(bodies);
  await context.close();
  return files;
}

/** Presses Tab until `locator` has focus (at most `max` times); fails if it never does. */
export async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** The text of the element that has focus. */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}

export const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * Runs axe-core's WCAG 2.2 A and AA rules on the page and returns the violations, summarised.
 * The parts laid out only near the window (`content-visibility: auto`) are laid out for the
 * scan, as a reader scrolling reaches them: axe measures targets' sizes and spacing from their
 * boxes, and a part not yet laid out gives it boxes that overlap (docs/BENCHMARK.md, issue 25).
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const skipped = [...document.querySelectorAll("*")].filter((el) => getComputedStyle(el).contentVisibility === "auto");
    for (const part of skipped) part.style.contentVisibility = "visible";
    try {
      return await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
    } finally {
      for (const part of skipped) part.style.removeProperty("content-visibility");
    }
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

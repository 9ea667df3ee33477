// The security headers: the post-build hook's output checked on small fixtures, then the real
// build served with the headers from its own dist/_headers, used by a reader, with the browser
// reporting every Content-Security-Policy violation.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { appReady, DIST, headersFor, parseHeadersFile, servedBuild } from "./harness.mjs";

const POSTBUILD = resolve(import.meta.dirname, "../../scripts/postbuild.mjs");
const PUBLIC_URL = "https://news.example/interactives/iran-diplomacy/";

/** The CSP source of an inline script, computed here independently of the hook. */
const sha256 = (text) => `'sha256-${createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("base64")}'`;

/** The text of every inline <script> (no src attribute) in an HTML file. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
    .map(([, , text]) => text);
}

// --- The hook on fixtures ---------------------------------------------------------------------

const FIXTURE = [
  "<!doctype html><html lang=en><meta charset=utf-8><title>A test page</title>",
  "<meta content=share.png property=og:image><meta name=twitter:image content='share.png'>",
  '<meta property="og:image:alt" content="A card">',
  "<script type=module>import init from './app-0123456789abcdef.js';\r\nawait init();</script>",
  "<script src=./boot-fedcba9876543210.js integrity=sha384-x></script>",
  "</head><body><p>Text with <code>&lt;script&gt;</code> in it.</p><script>window.b = 1 < 2;</script></body></html>",
].join("");

const FIXTURE_FILES = [
  "app-0123456789abcdef.js",
  "app-0123456789abcdef_bg.wasm",
  "boot-fedcba9876543210.js",
  // Trunk drops a hash's leading zeros: 15 digits here.
  "main-e7a8b0b9a019709.css",
  "snippets/explainer-app-0123456789abcdef/inline0.js",
  "embed.js",
  "share.png",
  "MODEL.md",
];

/** A staged folder with `html` as index.html and the fixture files; removed after the test. */
async function stage(t, html = FIXTURE) {
  const dir = await mkdtemp(join(tmpdir(), "postbuild-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, "index.html"), html);
  for (const file of FIXTURE_FILES) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), "x");
  }
  return dir;
}

/** Runs the hook as Trunk does; resolves to { code, stdout, stderr }, never rejects. */
async function runHook(dir, publicUrl) {
  const env = { ...process.env, TRUNK_STAGING_DIR: dir };
  delete env.EXPLAINER_PUBLIC_URL;
  if (publicUrl !== undefined) env.EXPLAINER_PUBLIC_URL = publicUrl;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [POSTBUILD], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const headerOf = (rules, path, name) => headersFor(rules, path)[name.toLowerCase()];

describe("the post-build hook on a fixture", () => {
  test("without EXPLAINER_PUBLIC_URL: the CSP has every inline script's hash; no share-image or oEmbed address is published", async (t) => {
    const dir = await stage(t);
    await writeFile(join(dir, "oembed.json"), "{}");
    await writeFile(join(dir, "oembed-a-case.json"), "{}");
    const run = await runHook(dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /EXPLAINER_PUBLIC_URL not set: a build for local use/, "it says so plainly");
    const expected = FIXTURE.replace(/<meta content=share\.png property=og:image><meta name=twitter:image content='share\.png'><meta property="og:image:alt" content="A card">/, "");
    assert.notEqual(expected, FIXTURE);
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), expected, "no relative image addresses, nothing else changed");
    const left = await readdir(dir);
    assert.ok(!left.includes("oembed.json") && !left.includes("oembed-a-case.json"), "no oEmbed answer with relative addresses");
    const rules = parseHeadersFile(await readFile(join(dir, "_headers"), "utf8"));
    const csp = headerOf(rules, "/", "Content-Security-Policy");
    const scripts = inlineScripts(FIXTURE);
    assert.equal(scripts.length, 2);
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
    assert.deepEqual(
      scriptSrc.split(" ").filter((s) => s.startsWith("'sha256-")).sort(),
      scripts.map(sha256).sort(),
      "exactly the inline scripts' hashes (CR LF hashed as LF, as the HTML parser reads it)",
    );
    for (const directive of ["default-src 'none'", "style-src 'self'", "frame-ancestors *", "base-uri 'none'", "object-src 'none'"]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.ok(!/'unsafe-inline'|'unsafe-eval'/.test(csp), "no 'unsafe-inline' or 'unsafe-eval'");
  });

  test("cache rules: hashed files immutable, the page revalidated, others an hour, one rule each", async (t) => {
    const dir = await stage(t);
    assert.equal((await runHook(dir)).code, 0);
    const rules = parseHeadersFile(await readFile(join(dir, "_headers"), "utf8"));
    const expected = {
      "/": "no-cache",
      "/index.html": "no-cache",
      "/app-0123456789abcdef.js": "public, max-age=31536000, immutable",
      "/app-0123456789abcdef_bg.wasm": "public, max-age=31536000, immutable",
      "/boot-fedcba9876543210.js": "public, max-age=31536000, immutable",
      "/main-e7a8b0b9a019709.css": "public, max-age=31536000, immutable",
      "/snippets/explainer-app-0123456789abcdef/inline0.js": "public, max-age=31536000, immutable",
      "/embed.js": "public, max-age=3600",
      "/share.png": "public, max-age=3600",
      "/MODEL.md": "public, max-age=3600",
    };
    for (const [path, value] of Object.entries(expected)) {
      // Exact equality also proves no second rule adds its own Cache-Control to the path.
      assert.equal(headerOf(rules, path, "Cache-Control"), value, path);
      assert.equal(headerOf(rules, path, "X-Content-Type-Options"), "nosniff", path);
      assert.equal(headerOf(rules, path, "X-Frame-Options"), undefined, "nothing forbids framing");
    }
    assert.equal(headerOf(rules, "/_headers", "Cache-Control"), undefined, "no rule for the headers file itself");
  });

  test("with EXPLAINER_PUBLIC_URL: canonical link, og:url and absolute image URLs, idempotent", async (t) => {
    const dir = await stage(t);
    assert.equal((await runHook(dir, PUBLIC_URL)).code, 0);
    const once = await readFile(join(dir, "index.html"), "utf8");
    assert.equal((once.match(/<link rel="canonical" href="([^"]+)">/) ?? [])[1], PUBLIC_URL);
    assert.equal((once.match(/<meta property="og:url" content="([^"]+)">/) ?? [])[1], PUBLIC_URL);
    assert.match(once, /<meta content="https:\/\/news\.example\/interactives\/iran-diplomacy\/share\.png" property="og:image">/);
    assert.match(once, /<meta name="twitter:image" content="https:\/\/news\.example\/interactives\/iran-diplomacy\/share\.png">/);
    assert.match(once, /<meta property="og:image:alt" content="A card">/, "other tags untouched");
    assert.ok(once.indexOf("canonical") > once.indexOf("</title>"), "placed in the head, after the title");
    assert.deepEqual(inlineScripts(once), inlineScripts(FIXTURE), "the scripts are unchanged");
    assert.equal((await runHook(dir, PUBLIC_URL)).code, 0);
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), once, "a second run changes nothing");
  });

  const BAD_URLS = {
    "plain http": "http://news.example/interactives/iran-diplomacy/",
    "no trailing slash": "https://news.example/interactives/iran-diplomacy",
    "a query string": "https://news.example/iran/?ref=x",
    "a fragment": "https://news.example/iran/#top",
    "credentials": "https://user:pw@news.example/iran/",
    "not a URL": "news.example/iran/",
    "not canonical": "https://News.Example/iran/",
  };
  for (const [what, url] of Object.entries(BAD_URLS)) {
    test(`a malformed EXPLAINER_PUBLIC_URL (${what}) fails the build and writes nothing`, async (t) => {
      const dir = await stage(t);
      const run = await runHook(dir, url);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /EXPLAINER_PUBLIC_URL=/);
      assert.ok(!run.stderr.includes("    at "), "a clear message, not a stack trace");
      assert.equal(await readFile(join(dir, "index.html"), "utf8"), FIXTURE);
      await assert.rejects(readFile(join(dir, "_headers")), { code: "ENOENT" });
    });
  }

  const BLOCKED = {
    "an inline event handler": '<button onclick="go()">Go</button>',
    "a style attribute": '<p style="color: red">Red</p>',
    "a javascript: URL": '<a href="javascript:void 0">Nothing</a>',
  };
  for (const [what, markup] of Object.entries(BLOCKED)) {
    test(`a page with ${what}, which the policy would block, fails the build`, async (t) => {
      const dir = await stage(t, FIXTURE.replace("<body>", `<body>${markup}`));
      const run = await runHook(dir);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /Content-Security-Policy blocks/);
    });
  }

  test("without TRUNK_STAGING_DIR it says how to run it", async () => {
    const env = { ...process.env };
    delete env.TRUNK_STAGING_DIR;
    await assert.rejects(promisify(execFile)(process.execPath, [POSTBUILD], { env }), (error) => {
      assert.match(error.stderr, /TRUNK_STAGING_DIR is not set/);
      return true;
    });
  });
});

// --- The real build, served with its headers --------------------------------------------------

describe("the built page under its own Content-Security-Policy", () => {
  const build = servedBuild({ headers: true });
  let builtHtml;
  before(async () => {
    builtHtml = await readFile(join(DIST, "index.html"), "utf8");
  });

  /**
   * Opens the explainer with a recorder of CSP violations installed before any page script, and
   * records console problems, requests to other origins and every response.
   */
  async function open(url = build.server.url) {
    const context = await build.browser.newContext({ reducedMotion: "reduce" });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      window.addEventListener(
        "securitypolicyviolation",
        (e) => window.__cspViolations.push(`${e.effectiveDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
        true,
      );
    });
    const page = await context.newPage();
    const problems = [];
    const foreignRequests = [];
    const responses = [];
    const origin = new URL(url).origin;
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith("http") && u.origin !== origin) foreignRequests.push(r.url());
    });
    page.on("response", (r) => responses.push(r));
    const document = await page.goto(url);
    await appReady(page);
    return { context, page, problems, foreignRequests, responses, document };
  }

  test("the document carries the policy, with a hash for every inline script of the build", async () => {
    const { context, document } = await open();
    const headers = document.headers();
    const csp = headers["content-security-policy"];
    assert.ok(csp, "the Content-Security-Policy header is sent");
    const scripts = inlineScripts(builtHtml);
    assert.ok(scripts.length >= 1, "Trunk's loader is an inline module script");
    for (const text of scripts) assert.ok(csp.includes(sha256(text)), `the policy allows ${text.slice(0, 40)}…`);
    assert.match(csp, /frame-ancestors \*/);
    assert.equal(headers["x-frame-options"], undefined, "no X-Frame-Options: newsrooms may frame the page");
    assert.equal(headers["x-content-type-options"], "nosniff");
    assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin");
    assert.match(headers["permissions-policy"], /camera=\(\)/);
    assert.equal(headers["cache-control"], "no-cache");
    await context.close();
  });

  test("a reader loads and uses the page: no violation, no console error, nothing fetched elsewhere", async () => {
    const { context, page, problems, foreignRequests, responses } = await open();
    const concessions = page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true });
    await concessions.click();
    assert.equal(await concessions.getAttribute("aria-checked"), "true");
    await page.getByRole("button", { name: "Next step", exact: true }).click();
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.waitForTimeout(300); // let any late request or report arrive
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], "no CSP violation");
    assert.deepEqual(problems, [], "no console errors or warnings (a blocked resource logs one)");
    assert.deepEqual(foreignRequests, [], "no request leaves the page's origin");
    const failed = responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`);
    assert.deepEqual(failed, [], "every request succeeds");
    const wasm = responses.find((r) => r.url().endsWith(".wasm"));
    assert.equal((await wasm.allHeaders())["cache-control"], "public, max-age=31536000, immutable");
    await context.close();
  });

  test("the policy is enforced: an injected inline script is refused and reported", async () => {
    const { context, page } = await open();
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
    });
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    assert.equal(await page.evaluate(() => window.__injected), undefined, "the script did not run");
    assert.match((await page.evaluate(() => window.__cspViolations))[0], /^script-src/);
    await context.close();
  });
});

// public/boot.js reads the embed mode, its options and a forced theme from the address before
// the first paint, by its own small parser; the app reads them by src/link/mod.rs. The two must show
// the page the same way, or it changes under the reader when the app starts. Both are checked
// against one list of queries, tests/page-settings.json (tests/link.rs checks the app's side).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { appReady, DIST, servedBuild } from "./harness.mjs";

const TABLE = JSON.parse(readFileSync(resolve(import.meta.dirname, "../page-settings.json"), "utf8"));

/** A query from its pieces: text, or [text, n] for text n times. */
const queryOf = (pieces) =>
  (Array.isArray(pieces) ? pieces : [pieces]).map((p) => (Array.isArray(p) ? p[0].repeat(p[1]) : p)).join("");

const CASES = [...TABLE.cases, ...TABLE.long.cases].map((c) => ({ ...c, query: queryOf(c.query) }));

/** How the root element shows the page: its embed classes, in the order the app lists them, and its theme. */
const shown = (page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const order = ["embed", "embed-full", "embed-no-title", "embed-context", "model-changed"];
    return {
      classes: order.filter((c) => root.classList.contains(c)),
      theme: root.getAttribute("data-theme"),
    };
  });

const label = (query) => JSON.stringify(query.length > 60 ? `${query.slice(0, 60)}…` : query);

describe("boot.js and the app show the page the same way for the same address", () => {
  const build = servedBuild();

  test("boot.js alone, on every listed query", async () => {
    assert.ok(CASES.length >= 40, `${CASES.length} cases`);
    // The built page's own boot.js (inlined in its head), alone in an empty page at the
    // explainer's address: every class and theme is its doing, and a load takes milliseconds.
    const html = readFileSync(resolve(DIST, "index.html"), "utf8");
    const boot = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).find((s) => s.includes("embed-no-title"));
    assert.ok(boot, "the built page inlines boot.js");
    // The model's version, which the built page carries on its root element.
    const version = html.match(/<html[^>]* data-model-version="?(\d+)/)[1];
    const context = await build.browser.newContext();
    const page = await context.newPage();
    await page.route(`${build.server.url}**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html data-model-version="${version}"><head><script>${boot}</script></head><body></body></html>`,
      }),
    );
    for (const { query, classes, theme } of CASES) {
      await page.goto(`${build.server.url}${query}`);
      assert.deepEqual(await shown(page), { classes, theme }, label(query));
    }
    await context.close();
  });

  test("with the app started, the page is shown the same", async () => {
    const context = await build.browser.newContext();
    const page = await context.newPage();
    const queries = ["?embed=full&title=0&context=1", "?Dark=OFF", "?title=0&context=1", "?embed=%EF%BB%BF1", "?embed=1&v=1"];
    const some = CASES.filter((c) => queries.includes(c.query));
    assert.equal(some.length, queries.length);
    for (const { query, classes, theme } of some) {
      await page.goto(`${build.server.url}${query}`);
      await appReady(page);
      assert.deepEqual(await shown(page), { classes, theme }, label(query));
    }
    await context.close();
  });
});

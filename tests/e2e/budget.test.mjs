// The first-load budgets: every byte a reader's browser fetches to show the page, compressed the
// way a static host serves it (brotli), in two parts with a budget each, so that a paragraph of
// content never competes with a line of code:
//   - code: the WebAssembly and the JavaScript files the page fetches, at most 104 KB;
//   - document: the page itself (its pre-rendered text, with the stylesheet and boot.js inlined)
//     and the icon, at most 38 KB.
//
// History (docs/BENCHMARK.md): one budget of 150 KB at first; raised to 170 KB with the fidelity
// work of issue 10 (sourcing every claim cost +18.1 KB while every word was both compiled into
// the wasm and pre-rendered); lowered to 132 KB by issue 11, HTML first: the app builds only the
// live regions, and the static text is in the pre-rendered HTML alone; raised to 135 KB by issue
// 12's compact embed; raised to 142.5 KB by issue 22, whose events of May–September 2026, their 38
// sources and the reading of the June memorandum are static text (+7,054 bytes in index.html).
// Split by issue 23 into code and document: before it, code 108,999 bytes and document 29,092
// (issue 22's content brought the document to 36,146); issue 23's tracking tags kept in the
// address, the embed's model version and WordPress's width and height took the code to 109,503.
// Raised by issue 25's first part, the scenario map in place of the sixteen-row table and the
// ladder of gates: code 109,597 → 112,957 bytes (108 → 111.5 KB), document 36,928 → 38,095
// (37 → 38 KB). Raised again by issue 25's second part to 112 KB: the line under the map that
// says what a neighbouring square would change, in each square's name too (+1,234 bytes with the
// handout's map, which is not on the first load). Issue 25 asks for no growth: won back and more
// by its last part, which lowered the code budget to 104 KB (code 114,263 → about 105,300
// bytes): the map is drawn by the pre-render and only updated and answered in the browser, and
// the static text inside live regions (each switch's notes, the ladder) is kept from the page
// rather than rebuilt, so its words are not in the WebAssembly (docs/BENCHMARK.md).

import { test } from "node:test";
import assert from "node:assert/strict";
import { firstLoad, servedBuild } from "./harness.mjs";
import { sizes } from "./sizes.mjs";

const BUDGETS = {
  code: 104 * 1024,
  document: 38 * 1024,
};

/** Which budget a first-load file counts against. */
const part = (name) => (/\.(wasm|m?js)$/.test(name) ? "code" : "document");

const build = servedBuild();

test(`first-load bytes stay within ${BUDGETS.code / 1024} KB of code and ${BUDGETS.document / 1024} KB of document, brotli`, async (t) => {
  const files = await firstLoad(build.browser, build.server.url);
  const kinds = new Set(files.map((f) => f.url.split(".").pop()));
  // The stylesheet and boot.js are inlined in the page (index.html), so it counts them.
  for (const kind of ["js", "wasm"]) assert.ok(kinds.has(kind), `the first load fetched a .${kind} file`);
  assert.ok(!kinds.has("css"), "the stylesheet is in the page, not fetched before the first paint");

  const total = { raw: 0, gzip: 0, brotli: 0 };
  const parts = { code: 0, document: 0 };
  for (const { name, body } of files) {
    const s = sizes(body);
    for (const k in total) total[k] += s[k];
    parts[part(name)] += s.brotli;
    t.diagnostic(`${name} (${part(name)}): ${s.raw} raw, ${s.gzip} gzip, ${s.brotli} brotli`);
  }
  t.diagnostic(`total over ${files.length} files: ${total.raw} raw, ${total.gzip} gzip, ${total.brotli} brotli`);
  for (const [name, bytes] of Object.entries(parts)) {
    t.diagnostic(`${name}: ${bytes} bytes brotli, ${BUDGETS[name] - bytes} under its budget`);
  }
  assert.ok(parts.code > 50_000 && parts.document > 10_000, "both parts were measured");
  for (const [name, bytes] of Object.entries(parts)) {
    assert.ok(bytes <= BUDGETS[name], `${name} is ${bytes} bytes brotli, over its ${BUDGETS[name]}-byte budget`);
  }
});

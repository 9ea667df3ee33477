// The first-load budget: every byte a reader's browser fetches to show the page, compressed the
// way a static host serves it, must stay within 170 KB with brotli.
//
// Raised from 150 KB with the fidelity work (issue 10): sourcing every event, case and coding to
// reporting a reader can open, the 2026 update and the corrections list measured +18.1 KB brotli
// (153,431 -> 171,530 bytes), because today the app compiles every word into the wasm and the
// page pre-renders it too. Correctness does not wait on the budget; the HTML-first issue (11)
// takes static text out of the wasm and brings the budget down (docs/BENCHMARK.md).

import { test } from "node:test";
import assert from "node:assert/strict";
import { firstLoad, servedBuild } from "./harness.mjs";
import { sizes } from "./sizes.mjs";

const BUDGET_BROTLI_BYTES = 170 * 1024;

const build = servedBuild();

test(`first-load bytes stay within ${BUDGET_BROTLI_BYTES / 1024} KB brotli`, async (t) => {
  const files = await firstLoad(build.browser, build.server.url);
  const kinds = new Set(files.map((f) => f.url.split(".").pop()));
  for (const kind of ["js", "wasm", "css"]) assert.ok(kinds.has(kind), `the first load fetched a .${kind} file`);

  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const { name, body } of files) {
    const s = sizes(body);
    for (const k in total) total[k] += s[k];
    t.diagnostic(`${name}: ${s.raw} raw, ${s.gzip} gzip, ${s.brotli} brotli`);
  }
  t.diagnostic(`total over ${files.length} files: ${total.raw} raw, ${total.gzip} gzip, ${total.brotli} brotli`);
  assert.ok(
    total.brotli <= BUDGET_BROTLI_BYTES,
    `first load is ${total.brotli} bytes brotli, over the ${BUDGET_BROTLI_BYTES}-byte budget`,
  );
});

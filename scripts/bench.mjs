// Loads the release build in headless Chromium as a reader would and prints every file the
// first load fetched, with raw, gzip and brotli sizes. Run by scripts/bench.sh.

import { firstLoad, launchBrowser, startServer } from "../tests/e2e/harness.mjs";
import { sizes } from "../tests/e2e/sizes.mjs";

const server = await startServer();
const browser = await launchBrowser();
try {
  const rows = (await firstLoad(browser, server.url)).map(({ name, body }) => ({ name, ...sizes(body) }));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
  for (const r of [...rows, { name: "total", ...total }]) console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
} finally {
  await browser.close();
  await server.close();
}

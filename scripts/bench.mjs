// Measures, in headless Chromium against the release build (run by scripts/bench.sh):
//  1. first-load sizes: every file the first load fetches, raw, gzip and brotli;
//  2. interaction latency: from a click on a switch to the narrative's update, and to the next
//     painted frame, with the CPU slowed four times (Chrome DevTools CPU throttling);
//  3. time to first readable text, against a static floor, and when the app is live.
// Timings are reported, not asserted.

import { appReady, firstLoad, launchBrowser, startServer } from "../tests/e2e/harness.mjs";
import { sizes } from "../tests/e2e/sizes.mjs";

const CLICKS = 100;
const CPU_SLOWDOWN = 4;

const server = await startServer();
const browser = await launchBrowser();
try {
  // BENCH_PATH=fa/ measures the Persian edition (content/languages.toml) the same way.
  const at = server.url + (process.env.BENCH_PATH ?? "");
  const rows = (await firstLoad(browser, at)).map(({ name, body }) => ({ name, ...sizes(body) }));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
  for (const r of [...rows, { name: "total", ...total }]) console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);

  const page = await browser.newPage();
  await page.goto(at);
  await appReady(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  // A tap on a switch, then a tap on a square of the map (issue 25): each timed to the
  // narrative's update, and to the map catching up (its mark and scores follow a frame later).
  const walks = [
    ["a switch", ".panel [role=switch]", "switches"],
    ["a square of the map next to the reader's (one switch changes)", "#scenario-map .map-cell", "snake"],
    ["a square of the map anywhere (up to four switches change)", "#scenario-map .map-cell", "jump"],
  ];
  for (const [what, selector, order] of walks) {
    const samples = await page.evaluate(async ([clicks, selector, order]) => {
      const narrative = document.querySelector("#narrative");
      const map = document.querySelector("#scenario-map");
      const targets = [...document.querySelectorAll(selector)];
      const out = [];
      for (let i = 0; i < clicks; i++) {
        // Squares in an order that changes the scenario on every tap: along the rows, back
        // along the next (neighbours, one switch apart), or jumping about.
        const k = i % 16;
        const row = Math.floor(k / 4);
        const at = { switches: i, snake: row * 4 + (row % 2 ? 3 - (k % 4) : k % 4), jump: i * 5 }[order];
        const target = targets[at % targets.length];
        const updated = new Promise((done) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            done(performance.now());
          });
          observer.observe(narrative, { subtree: true, childList: true, characterData: true });
        });
        // The map follows a frame later (Explainer::settled): when the whole page has caught up.
        const settled = new Promise((done) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            done(performance.now());
          });
          observer.observe(map, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const start = performance.now();
        target.click();
        // The handler has returned; the view's updates run in the microtasks after it.
        const handledAt = performance.now();
        const textAt = await updated;
        const frameAt = await new Promise((done) => requestAnimationFrame(() => done(performance.now())));
        const settledAt = await settled;
        out.push({ handler: handledAt - start, text: textAt - start, frame: frameAt - start, settled: settledAt - start });
        await new Promise((done) => setTimeout(done, 50));
      }
      return out;
    }, [CLICKS, selector, order]);
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return `median ${s[Math.floor(s.length / 2)].toFixed(2)} ms, p90 ${s[Math.floor(s.length * 0.9)].toFixed(2)} ms, max ${s.at(-1).toFixed(2)} ms`;
    };
    console.log(`\na tap on ${what} → narrative updated (CPU ${CPU_SLOWDOWN}× slower, ${CLICKS} taps): ${stats(samples.map((s) => s.text))}`);
    console.log(`  of which the click handler: ${stats(samples.map((s) => s.handler))}`);
    console.log(`  → next animation frame (includes waiting for vsync): ${stats(samples.map((s) => s.frame))}`);
    console.log(`  → the map caught up (after that frame): ${stats(samples.map((s) => s.settled))}`);
  }
} catch (e) {
  await browser.close();
  await server.close();
  throw e;
}

// 3. Time to first readable text: when the title is painted (Element Timing), on a slow phone
//    network (Chrome DevTools "Fast 3G": 1.6 Mbps down, 150 ms round trip) with the CPU 4×
//    slower, for two versions of the same page served side by side: the real build
//    (pre-rendered) and a plain static HTML page of the same text with no scripts (the floor).
//    For the build, also when the app is live (its loading notice hidden). Since issue 11 the
//    pre-rendered HTML is the page (the app builds only the live regions into it), so there is
//    no "without pre-rendering" version to compare any more.
{
  const { readFile } = await import("node:fs/promises");
  const { DIST, SUB_PATH, throttle } = await import("../tests/e2e/harness.mjs");
  const built = await readFile(`${DIST}/index.html`, "utf8");
  const plain = built
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, "");
  if (plain === built) throw new Error("bench: could not make the page variants");
  const pages = { "pre-rendered (the build)": "", "plain static HTML (floor)": "plain.html" };
  const variants = await startServer({
    extraRoutes: {
      [`${SUB_PATH}plain.html`]: { type: "text/html; charset=utf-8", body: plain },
    },
  });
  const RUNS = 5;
  const results = {};
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [name, file] of Object.entries(pages)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await throttle(page, CPU_SLOWDOWN);
        await page.goto(variants.url + file, { waitUntil: "load" });
        const paintedAt = await page.evaluate(
          () =>
            new Promise((done) => {
              new PerformanceObserver((list) => {
                const title = list.getEntries().find((e) => e.identifier === "title");
                if (title) done(title.renderTime || title.loadTime);
              }).observe({ type: "element", buffered: true });
            }),
        );
        (results[name] ??= []).push(paintedAt);
        if (!file) {
          await page.waitForFunction(() => document.getElementById("app-loading").hidden, null, { timeout: 60_000 });
          (results["app live (the build)"] ??= []).push(await page.evaluate(() => performance.now()));
        }
        await context.close();
      }
    }
  } finally {
    await variants.close();
  }
  console.log(`\ntime to first readable text (title painted), Fast 3G and CPU ${CPU_SLOWDOWN}× slower, median of ${RUNS} runs:`);
  for (const [name, times] of Object.entries(results)) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(28)} ${sorted[Math.floor(RUNS / 2)].toFixed(0).padStart(6)} ms   (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
}
await browser.close();
await server.close();

// The compact embed in a news article, as a newsroom uses it: a host page on another origin that
// embeds the explainer with NPR's real Pym.js (the npm package `pym.js`, not a re-implementation)
// or with our own embed.js, at a phone's width and a desktop column's. The iframe must settle
// within one screen (docs/EMBED.md), show the four switches, and answer a tap in the verdict and
// in the link to the full explainer. The options title=0, context=1 and embed=full are checked
// the same way.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { CONDITIONS, launchBrowser, startServer, readText } from "./harness.mjs";

const TITLE = "Interactive explainer: when can US–Iran diplomacy succeed?";
/** The most the compact embed may measure at its starting state: by frame width. */
const LIMIT = (width) => (width >= 600 ? 560 : 640);

let app, host, browser;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;font-family:serif}p{margin:1rem}</style></head><body>
<h1>A news article</h1><p>Paragraphs before the explainer.</p>${body}<p>Paragraphs after it.</p></body></html>`;

/** A page that embeds `query` with Pym.js: the container, then Pym's own script and parent. */
const pymPage = (query, edition = "") =>
  page(`<div id="explainer-box"></div><script src="/pym.v1.min.js"></script>
<script>new pym.Parent("explainer-box", ${JSON.stringify(`${app.url}${edition}?${query}`)}, { title: ${JSON.stringify(TITLE)} });</script>`);
/** A page that embeds `query` with the embed code the explainer offers (embed.js). */
const ownPage = (query) =>
  page(`<script src="${app.url}embed.js" async></script>
<iframe src="${app.url}?${query}" title="${TITLE}" style="width:100%;height:600px;border:0" loading="lazy" data-iran-diplomacy-explainer></iframe>`);

before(async () => {
  app = await startServer({ headers: true });
  const pym = await readFile(createRequire(import.meta.url).resolve("pym.js/dist/pym.v1.min.js"), "utf8");
  const routes = { "/pym.v1.min.js": { type: "text/javascript", body: pym } };
  host = await startServer({ extraRoutes: routes });
  assert.notEqual(new URL(host.origin).port, new URL(app.origin).port, "the host page is on another origin");
  const add = (path, body) => (routes[path] = { type: "text/html; charset=utf-8", body });
  for (const [name, query] of [
    ["compact", "embed=1"],
    ["case", "embed=1&preset=maximum-pressure-2020"],
    ["no-title", "embed=1&title=0"],
    ["context", "embed=1&context=1"],
    ["full", "embed=full"],
  ]) {
    add(`/pym-${name}.html`, pymPage(query));
    add(`/own-${name}.html`, ownPage(query));
  }
  // The Persian edition's compact embed (fa/, content/languages.toml).
  add("/pym-fa.html", pymPage("embed=1", "fa/"));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** Opens a host page at `width` and waits until the explainer in its iframe is live. */
async function open(path, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
  const tab = await context.newPage();
  const problems = [];
  tab.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  tab.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await tab.goto(host.origin + path);
  const frameElement = tab.locator("iframe").first();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
  return { context, tab, frame, frameElement, problems };
}

/** Waits until the iframe is as tall as its content (within 2 px) and stays so; returns it. */
async function settled(frameElement, frame) {
  let last = "";
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
    last = `iframe ${outer} px, content ${inner} px`;
    if (Math.abs(outer - inner) <= 2) return outer;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`the iframe never fitted its content (${last})`);
}

const visibleSwitches = (frame) =>
  frame.getByRole("switch").evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0).map((el) => el.textContent.trim()),
  );
const verdictText = (frame) => readText(frame.locator(".panel-verdict"));
const fullLink = (frame) => frame.getByRole("link", { name: "Open the full explainer" }).getAttribute("href");

for (const [host, label] of [
  ["pym", "NPR's Pym.js"],
  ["own", "our embed.js"],
]) {
  describe(`the compact embed with ${label}`, () => {
    for (const width of [375, 700]) {
      test(`at ${width} px it fits one screen, shows the four switches and answers a tap`, async () => {
        const { context, frame, frameElement, problems } = await open(`/${host}-compact.html`, width);
        const height = await settled(frameElement, frame);
        assert.ok(height <= LIMIT(width), `${height} px at ${width} px wide (limit ${LIMIT(width)})`);
        assert.ok(height > 250, `the embed is not collapsed (${height} px)`);
        assert.deepEqual(await visibleSwitches(frame), CONDITIONS, "exactly the four condition switches show");
        for (const box of await frame.getByRole("switch").evaluateAll((els) =>
          els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect().height),
        )) {
          assert.ok(box >= 44, `a switch is at least 44 px tall (${box})`);
        }
        assert.equal(await frame.getByRole("heading", { level: 1 }).isVisible(), true, "the title shows");
        assert.match(await readText(frame.locator(".credit")), /Last reviewed \d+ \w+ \d{4}/, "the credit line with its review date");
        const before = [await verdictText(frame), await fullLink(frame)];
        await frame.getByRole("switch", { name: "Concessions", exact: true }).click();
        assert.equal(await frame.getByRole("switch", { name: "Concessions", exact: true }).getAttribute("aria-checked"), "true");
        const after = [await verdictText(frame), await fullLink(frame)];
        assert.notEqual(after[0], before[0], "the verdict and its summary change");
        assert.match(after[1], /[?&]on=concessions(&|$)/, "the link to the full explainer carries the scenario");
        assert.doesNotMatch(after[1], /embed=/, "and opens it outside the embed");
        assert.equal(await frame.locator("#step-situation").isVisible(), false, "no step of the argument");
        assert.deepEqual(problems, [], "no console errors or warnings");
        await context.close();
      });
    }

    test("a case's starting state fits too, and says which case it is", async () => {
      for (const width of [375, 700]) {
        const { context, frame, frameElement } = await open(`/${host}-case.html`, width);
        const height = await settled(frameElement, frame);
        assert.ok(height <= LIMIT(width), `${height} px at ${width} px wide`);
        assert.match(await readText(frame.locator(".panel-case")), /January 2020: maximum pressure/);
        await context.close();
      }
    });

    test("title=0 hides the title; context=1 shows the context switches at once", async () => {
      let { context, frame, frameElement } = await open(`/${host}-no-title.html`, 375);
      assert.equal(await frame.getByRole("heading", { level: 1 }).isVisible(), false, "no title");
      assert.ok((await settled(frameElement, frame)) <= LIMIT(375));
      await context.close();
      ({ context, frame, frameElement } = await open(`/${host}-context.html`, 700));
      const shown = await visibleSwitches(frame);
      assert.deepEqual(shown.slice(4), ["Verification", "Quiet channels", "Domestic calendar", "Sanctions pressure"]);
      await frame.getByRole("switch", { name: "Verification", exact: true }).click();
      assert.match(await fullLink(frame), /[?&]ctx=verification(&|$)/);
      assert.ok((await settled(frameElement, frame)) <= LIMIT(700));
      await context.close();
    });

    test("embed=full shows the whole argument, sized to it", async () => {
      const { context, frame, frameElement } = await open(`/${host}-full.html`, 700);
      const height = await settled(frameElement, frame);
      assert.ok(height > 3000, `the whole argument (${height} px)`);
      assert.equal(await frame.locator("#step-verdict").isVisible(), true);
      await context.close();
    });
  });
}

describe("the Persian compact embed with NPR's Pym.js", () => {
  for (const width of [375, 700]) {
    test(`at ${width} px it is right to left, fits one screen and answers a tap`, async () => {
      const { context, frame, frameElement, problems } = await open("/pym-fa.html", width);
      assert.equal(await frame.evaluate(() => document.documentElement.dir), "rtl");
      const height = await settled(frameElement, frame);
      assert.ok(height <= LIMIT(width), `${height} px at ${width} px wide (limit ${LIMIT(width)})`);
      assert.ok(height > 250, `the embed is not collapsed (${height} px)`);
      assert.deepEqual(
        await visibleSwitches(frame),
        ["نبودِ جایگزین بهتر", "امتیازدهی", "اعلام پیروزی برای هر دو", "توازن قدرت"],
      );
      // The note on the translation is there, in a line.
      assert.match(await readText(frame.locator(".translation-note summary")), /هنوز بازبینی‌نشده/);
      const before = await verdictText(frame);
      await frame.getByRole("switch", { name: "امتیازدهی", exact: true }).click();
      assert.notEqual(await verdictText(frame), before, "the verdict changes");
      // It grows or shrinks with its content, and Pym's frame follows.
      await settled(frameElement, frame);
      assert.deepEqual(problems, [], "no console errors or warnings");
      await context.close();
    });
  }
});

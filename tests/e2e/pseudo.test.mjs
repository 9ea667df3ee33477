// The pseudo-locale proves that every word a reader meets comes from content/: in the build with
// EXPLAINER_PSEUDO=1 (dist-pseudo/, build/pseudo.rs) every content string is accented,
// lengthened and bracketed, so any plain Latin letter left on a page (in its text, an accessible
// name, an alt or title, the <title>) was written in code. Every kind of page is opened, with
// scripts and without, and at 320 px none may scroll sideways with the longer words.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIST_PSEUDO, appReady, openPage, servedBuild, settled } from "./harness.mjs";

const build = servedBuild({ root: DIST_PSEUDO });

/**
 * Every string a reader meets on the page that still has a plain Latin letter: visible text
 * (and text kept for screen readers), the attributes that name or describe, the title and the
 * share text. Code samples, addresses and anything marked `translate="no"` are not words.
 */
function escapes() {
  const found = [];
  const latin = /[A-Za-z]/;
  const skip = "code, pre, textarea, kbd, samp, script, style, noscript, [translate='no']";
  const hidden = (el) => el.closest("[hidden], [aria-hidden='true'], template") || !el.checkVisibility({ visibilityProperty: true });
  const where = (el) => {
    const id = el.closest("[id]")?.id;
    return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ""}`;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(skip) || hidden(el)) continue;
    const text = node.textContent.trim();
    if (latin.test(text)) found.push(`text of ${where(el)}: ${JSON.stringify(text.slice(0, 80))}`);
  }
  for (const attr of ["aria-label", "alt", "title", "placeholder", "aria-roledescription", "aria-valuetext", "aria-description"]) {
    for (const el of document.querySelectorAll(`[${attr}]`)) {
      if (el.closest(skip) || (attr !== "alt" && hidden(el) && !el.matches("svg"))) continue;
      const value = el.getAttribute(attr);
      if (latin.test(value)) found.push(`${attr} of ${where(el)}: ${JSON.stringify(value.slice(0, 80))}`);
    }
  }
  if (latin.test(document.title)) found.push(`<title>: ${JSON.stringify(document.title)}`);
  for (const meta of document.querySelectorAll("meta[name=description], meta[property^='og:'][property$='title'], meta[property='og:description'], meta[property='og:image:alt']")) {
    const value = meta.getAttribute("content");
    if (latin.test(value)) found.push(`${meta.getAttribute("name") ?? meta.getAttribute("property")}: ${JSON.stringify(value.slice(0, 80))}`);
  }
  return found;
}

const sideways = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

async function check(t, path, { javaScript = true, width = 1280, act } = {}) {
  const { page, context } = await openPage(build.browser, build.server.url + path, {
    javaScriptEnabled: javaScript,
    viewport: { width, height: 900 },
  });
  t.after(() => context.close());
  if (javaScript && (path === "" || path.startsWith("?") || path.startsWith("case-"))) await appReady(page);
  if (act) await act(page);
  if (javaScript) await settled(page);
  assert.deepEqual(await page.evaluate(escapes), [], `${path || "the explainer"}: words written in code`);
  if (width === 320) assert.equal(await page.evaluate(sideways), 0, `${path || "the explainer"} scrolls sideways at 320 px`);
  return page;
}

// The pages, each at 320 px (the longer words must still fit) and at 1280 px.
const PAGES = [
  ["the explainer", ""],
  ["the compact embed", "?embed=1&context=1"],
  ["the full embed", "?embed=full"],
  ["a case page", "case-jcpoa-2015.html"],
  ["the teachers' page", "teachers.html"],
  ["the model's notes", "model.html"],
  ["the glossary", "glossary.html"],
  ["the accessibility statement", "accessibility.html"],
  ["a scenario's handout", "handout/scenario-f0.html"],
  ["a case's handout, predict mode", "handout/case-jcpoa-2015.html#predict"],
  ["the comparison", "compare.html?a=f0&b=70"],
];

describe("the pseudo-locale: no word written in code", () => {
  for (const [name, path] of PAGES) {
    for (const width of [320, 1280]) {
      test(`${name} at ${width} px, with scripts`, async (t) => {
        await check(t, path, { width });
      });
    }
    test(`${name} without scripts`, async (t) => {
      await check(t, path, { javaScript: false, width: 320 });
    });
  }

  test("what a reader's taps write: a switch, a case, the table, share and the change note", async (t) => {
    await check(t, "?step=verdict", {
      act: async (page) => {
        await page.locator("#panel [role=switch]").first().click();
        await settled(page);
        await page.locator("#case-buttons button").nth(1).click();
        await settled(page);
        await page.locator("#share button").first().click();
      },
    });
  });

  test("a link the explainer cannot read all of, and a model changed since an embed", async (t) => {
    // What the reader wrote is echoed in the note as written: digits, so that it is not English.
    await check(t, "?on=concessions,404&step=12&embed=1&v=1");
  });

  test("the notices a script writes: loading a link's scenario, and failing to start", async (t) => {
    const { page, context } = await openPage(build.browser, "about:blank");
    t.after(() => context.close());
    // The WebAssembly never arrives: the loading notice stays.
    await page.route("**/*.wasm", () => {});
    await page.goto(build.server.url + "?on=concessions", { waitUntil: "domcontentloaded" });
    assert.deepEqual(await page.evaluate(escapes), [], "while loading");
    // It fails: the failure notice.
    await page.unroute("**/*.wasm");
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(build.server.url + "?on=concessions");
    await page.locator("#app-failed").waitFor();
    assert.deepEqual(await page.evaluate(escapes), [], "after failing");
  });

  test("the copy confirmations of the kit's pages", async (t) => {
    await check(t, "handout/scenario-f0.html", {
      act: async (page) => {
        await page.locator(".cite button").first().click();
      },
    });
  });
});

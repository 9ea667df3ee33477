// The page reads before and without WebAssembly: the first view is pre-rendered into the HTML,
// and the live app takes over without a flash, a jump, duplicated text or a lost scroll position.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CONDITIONS, appReady, servedBuild, settled, readText } from "./harness.mjs";

const build = servedBuild();


/** Text of the argument as the reader sees it, whitespace normalised. */
const mainText = (page) => readText(page.locator("main")).then((t) => t.replace(/\s+/g, " ").trim());

describe("with JavaScript off", () => {
  test("the whole argument, the default verdict and the sources are in the page, with a note", async () => {
    const context = await build.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(build.server.url);
    await page.getByRole("heading", { level: 1, name: "When can US–Iran diplomacy succeed?" }).waitFor();
    for (const name of CONDITIONS) {
      const sw = page.locator(".panel").getByRole("switch", { name, exact: true });
      assert.equal(await sw.getAttribute("aria-checked"), "false", `${name} shows its state`);
    }
    assert.equal(await readText(page.locator(".verdict-outcome")), "Drift towards confrontation");
    assert.ok((await readText(page.locator("#narrative"))).length > 100, "the narrative is there");
    // The map is there, with the 2020 assessment's square marked, and so is the ladder's lid.
    const map = page.getByRole("grid", { name: "All sixteen scenarios at a glance" });
    assert.equal(await map.locator(".map-cell").count(), 16);
    assert.match(await map.locator("[aria-pressed=true]").getAttribute("aria-label"), /^None of the four conditions is present\..*Your scenario\./);
    assert.equal(await page.locator(".ladder-lid:visible").count(), 2, "both lids are down in 2020");
    assert.equal(await page.locator(".step").count(), 11, "every step");
    assert.equal(await page.getByRole("heading", { level: 2, name: "Sources" }).isVisible(), true);
    assert.match(await readText(page.locator(".nojs-note")), /need JavaScript/);
    for (const hidden of [".app-loading", ".step-prev", ".step-next", ".step-continue", ".share"]) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not offered without scripts`);
    }
    assert.equal(await page.getByRole("button", { name: "Reset to the 2020 assessment" }).filter({ visible: true }).count(), 0, "no reset button without scripts");
    // Every case's write-up is there to read, as scripts would show one at a time.
    const cards = page.locator(".case-card");
    assert.ok((await cards.count()) >= 8);
    // (Each is laid out as the reader scrolls to it: `content-visibility: auto`.)
    for (const card of await cards.all()) {
      await card.scrollIntoViewIfNeeded();
      assert.equal(await card.isVisible(), true);
    }
    assert.match(await readText(page.locator("#case-libya-2003")), /Libya/);
    // The jump list still works: plain links to the steps.
    await page.getByText("All steps", { exact: true }).click();
    await page.locator(".step-jump").getByRole("link", { name: /verdict/i }).click();
    assert.match(page.url(), /#step-verdict$/);
    // And it prints.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".step").last().isVisible(), true);
    await context.close();
  });
});

describe("with JavaScript on", () => {
  /** Opens the page with the WebAssembly held back until `release()` is called. */
  async function openHeld(search = "") {
    const context = await build.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    let release;
    const held = new Promise((r) => (release = r));
    await page.route("**/*_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(build.server.url + search);
    return { page, context, release };
  }

  test("the live app replaces the pre-rendered page with the same text, once, and no layout shift", async () => {
    const { page, context, release } = await openHeld();
    await page.locator(".verdict-outcome").waitFor();
    const before = await mainText(page);
    assert.equal(await page.locator("#app-loading").isVisible(), true, "a loading notice while the wasm comes");
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    await appReady(page);
    assert.equal(await mainText(page), before, "the same text after the take-over");
    assert.equal(await page.locator("h1").count(), 1, "nothing is duplicated");
    assert.equal(await page.locator("main").count(), 1);
    await page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).click();
    await settled(page);
    assert.equal(await readText(page.locator(".verdict-outcome")), "Crisis-management channel only", "it is live");
    assert.equal(await page.evaluate(() => window.__shifts), 0, "cumulative layout shift is zero");
    await context.close();
  });

  test("the app's first render leaves the static text untouched: the same nodes, not re-created", async () => {
    // The live regions (src/regions.rs): the app builds these, and nothing else. The scenario
    // map is live too, but its pre-rendered squares stay: the app updates them in place.
    const REGIONS =
      "#notices, #full-link, #panel, #step-nav, [id^='state-'], [id^='continue-'], #context-switches, #verdict, #share, #case-buttons";
    const { page, context, release } = await openHeld();
    await page.locator(".verdict-outcome").waitFor();
    const before = await page.evaluate((regions) => {
      const inStatic = () => [...document.querySelectorAll("main *")].filter((el) => !el.closest(regions));
      window.__static = new Set(inStatic());
      window.__regions = [...document.querySelectorAll(regions)];
      return { statics: window.__static.size, regions: window.__regions.length };
    }, REGIONS);
    assert.ok(before.statics > 500, `static elements found: ${before.statics}`);
    assert.equal(before.regions, 22, "every live region is in the pre-rendered page");
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    await appReady(page);
    const after = await page.evaluate((regions) => {
      const now = [...document.querySelectorAll("main *")].filter((el) => !el.closest(regions));
      return {
        statics: now.length,
        kept: now.filter((el) => window.__static.has(el)).length,
        regions: document.querySelectorAll(regions).length,
        rebuilt: window.__regions.filter((el) => !el.isConnected).length,
      };
    }, REGIONS);
    assert.equal(after.statics, before.statics, "no static element added or lost");
    assert.equal(after.kept, before.statics, "every static element is the pre-rendered node");
    assert.equal(after.regions, before.regions, "every region is there once");
    assert.equal(after.rebuilt, before.regions, "the app built every region");
    await context.close();
  });

  test("the live parts keep the pre-rendered figures and notes: the same nodes, kept up to date", async () => {
    // Static text inside a live region (each switch's notes, the ladder) and the scenario map
    // are not rebuilt by the app (src/regions.rs, `KEPT`): the pre-rendered nodes stay.
    const KEPT = ["#switch-parity-notes", "#switch-facilitation-notes", "#ladder", "#scenario-map"];
    const { page, context, release } = await openHeld();
    await page.locator("#ladder").waitFor({ state: "attached" });
    await page.evaluate((ids) => {
      window.__kept = ids.map((id) => document.querySelector(id));
    }, KEPT);
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    await appReady(page);
    const same = await page.evaluate((ids) => ids.map((id, i) => document.querySelector(id) === window.__kept[i] && window.__kept[i].isConnected), KEPT);
    assert.deepEqual(same, KEPT.map(() => true), `kept: ${KEPT.join(", ")}`);
    assert.equal(await page.locator(".kept").count(), 0, "no empty place is left");
    // The kept notes still describe their switch, and their theory's sources are there.
    const parity = page.locator(".panel").getByRole("switch", { name: "Parity of power", exact: true });
    assert.equal(await parity.getAttribute("aria-describedby"), "switch-parity-desc");
    assert.match(await readText(page.locator("#switch-parity-desc")), /\w{4}/);
    assert.ok((await page.locator("#switch-facilitation-notes .source-links a").count()) > 0, "a factor's theory keeps its sources");
    // And they answer: the ladder and the map follow a change.
    await parity.click();
    await page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).click();
    await settled(page);
    assert.equal(await page.locator("#ladder-rungs").getAttribute("data-outcome"), "crisis-channel");
    assert.equal(await page.locator("#ladder-rungs").getAttribute("data-shut"), "ripeness face");
    assert.match(await readText(page.locator("#ladder-here")), /30 points/);
    assert.equal(await page.locator("#map-11").getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator("#map-11").textContent(), "30");
    await context.close();
  });

  test("the reader's scroll position is kept through the take-over", async () => {
    const { page, context, release } = await openHeld();
    await page.locator("#step-way-out").waitFor();
    await page.evaluate(() => window.scrollTo(0, document.getElementById("step-way-out").offsetTop));
    const y = await page.evaluate(() => scrollY);
    assert.ok(y > 1000);
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    assert.equal(await page.evaluate(() => scrollY), y, "the page did not move");
    await context.close();
  });

  test("a link's scenario: the 2020 default is faded and the notice says why until the app applies it", async () => {
    const { page, context, release } = await openHeld("?on=concessions");
    await page.locator(".verdict-outcome").waitFor();
    const pending = () => page.evaluate(() => document.documentElement.classList.contains("link-pending"));
    const opacity = () => page.locator(".verdict").evaluate((el) => getComputedStyle(el).opacity);
    assert.equal(await pending(), true);
    assert.ok(Number(await opacity()) < 0.5, "the verdict of the default scenario is faded");
    assert.equal(await readText(page.locator(".verdict-outcome")), "Drift towards confrontation");
    assert.match(await readText(page.locator("#app-loading")), /scenario in your link/);
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    assert.equal(await pending(), false);
    assert.equal(await opacity(), "1");
    assert.equal(await readText(page.locator(".verdict-outcome")), "Crisis-management channel only", "the link's scenario");
    await context.close();
  });

  test("a link without a scenario fades nothing", async () => {
    const { page, context, release } = await openHeld("?step=way-out");
    await page.locator(".verdict-outcome").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("link-pending")), false);
    assert.match(await readText(page.locator("#app-loading")), /Loading the interactive parts/);
    release();
    await context.close();
  });

  test("embed mode applies before the take-over, so nothing jumps there either", async () => {
    const { page, context, release } = await openHeld("?embed=1");
    await page.locator(".panel-outcome").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("embed")), true);
    assert.equal(await page.locator(".step-nav").isVisible(), false);
    release();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden);
    assert.equal(await page.evaluate(() => window.__shifts), 0);
    await context.close();
  });
});

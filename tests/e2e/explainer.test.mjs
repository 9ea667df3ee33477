// A reader works through the explainer: reads, switches conditions by mouse and keyboard, walks
// the steps, loads cases and rows, and resets.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CONDITIONS, appReady, focusedText, openPage, servedBuild, settled, tabTo, readText, openExplainer, caseButton } from "./harness.mjs";

const OUTCOME = {
  drift: "Drift towards confrontation",
  crisis: "Crisis-management channel only",
  interim: "Partial or interim deal",
  settlement: "Comprehensive settlement",
};

const build = servedBuild();

const open = (options) => openExplainer(build, "", options);

const panelSwitch = (page, name) => page.locator(".panel").getByRole("switch", { name, exact: true });
// The verdict's heading follows a tap after the next paint.
const verdictText = async (page) => {
  await settled(page);
  return readText(page.locator(".verdict-outcome"));
};
const narrative = (page) => page.locator("#narrative");

describe("the verdict explains itself", () => {
  test("on a phone, the verdict's chip leads to the reasoning, and the meter has a key", async () => {
    const { page, context, problems } = await open({ viewport: { width: 375, height: 667 }, reducedMotion: "reduce" });
    await panelSwitch(page, "Concessions").click();
    const chip = page.locator(".panel").getByRole("link", { name: new RegExp(`^${OUTCOME.crisis}\\s*: why this verdict$`) });
    await chip.click();
    await page.waitForFunction(() => location.hash === "#step-verdict");
    await page.waitForFunction(() => {
      const top = document.getElementById("step-verdict").getBoundingClientRect().top;
      return top >= -5 && top < innerHeight / 2;
    });
    // The key names each band with its points, the hatching and the marker.
    const key = page.locator("#step-verdict .meter-legend");
    const lines = await key.locator("li").allTextContents();
    assert.deepEqual(
      lines.slice(0, 4).map((l) => l.replace(/\s*\(.*$/, "").trim()),
      [OUTCOME.drift, OUTCOME.crisis, OUTCOME.interim, OUTCOME.settlement],
    );
    for (const line of lines.slice(0, 4)) assert.match(line, /\(\d+–\d+\)$/, line);
    assert.match(lines[4], /Hatched/);
    assert.match(lines[5], /score/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("reading and switching", () => {
  test("the page credits the article and opens on its 2020 assessment", async () => {
    const { page, context, problems, foreignRequests } = await open();
    await page.getByRole("heading", { level: 1, name: "When can US–Iran diplomacy succeed?" }).waitFor();
    const credit = page.locator(".credit").getByRole("link", { name: "Under What Conditions Can Diplomacy With Iran Succeed?" });
    assert.equal(
      await credit.getAttribute("href"),
      "https://responsiblestatecraft.org/2020/01/24/under-what-conditions-can-diplomacy-with-iran-succeed/",
    );
    assert.match(await readText(page.locator(".credit")), /Responsible Statecraft, 24 January 2020/);
    for (const name of CONDITIONS) {
      assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "false", name);
    }
    assert.equal(await verdictText(page), OUTCOME.drift);
    assert.equal(await narrative(page).getAttribute("aria-live"), null, "the long narrative is not re-read on each change");
    assert.equal(await page.locator("#announcer").getAttribute("aria-live"), "polite");
    assert.equal(await readText(page.locator("#announcer")), "", "nothing is announced before a change");
    assert.match(await readText(page.locator(".verdict")), /not a forecast/);
    assert.equal(await page.locator("#app-loading").isVisible(), false, "the loading notice is gone");
    assert.deepEqual(problems, [], "no console errors or warnings");
    assert.deepEqual(foreignRequests, [], "no request leaves the page's origin");
    await context.close();
  });

  test("clicking the conditions on climbs the outcomes, and each click rewrites the narrative", async () => {
    const { page, context } = await open();
    const expected = [OUTCOME.crisis, OUTCOME.interim, OUTCOME.settlement, OUTCOME.settlement];
    let text = await readText(narrative(page));
    for (const [i, name] of CONDITIONS.entries()) {
      await panelSwitch(page, name).click();
      assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "true", name);
      assert.equal(await verdictText(page), expected[i], `after switching on ${name}`);
      const next = await readText(narrative(page));
      assert.notEqual(next, text, `the narrative changes when ${name} goes on`);
      text = next;
      assert.ok((await readText(page.locator(".panel .change-note"))).length > 20, "the panel says what changed");
    }
    // Take one gate away again: without concessions, the best is a crisis channel, and the
    // narrative names the concessions gate as the binding constraint.
    await panelSwitch(page, "Concessions").click();
    assert.equal(await verdictText(page), OUTCOME.crisis);
    assert.match(await readText(narrative(page)), /concession/i);
    assert.match(await readText(page.locator(".gate")), /Concessions/);
    await context.close();
  });

  test("each switch works from the keyboard alone: Tab to it, Space and Enter toggle it", async () => {
    const { page, context } = await open();
    for (const name of CONDITIONS) {
      const sw = panelSwitch(page, name);
      await tabTo(page, sw);
      const before = await readText(narrative(page));
      await page.keyboard.press("Space");
      assert.equal(await sw.getAttribute("aria-checked"), "true", `Space switches on ${name}`);
      assert.notEqual(await readText(narrative(page)), before, "the narrative follows the keyboard");
      await page.keyboard.press("Enter");
      assert.equal(await sw.getAttribute("aria-checked"), "false", `Enter switches off ${name}`);
    }
    assert.equal(await verdictText(page), OUTCOME.drift);
    const focusRing = await panelSwitch(page, CONDITIONS[3]).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(focusRing, "solid", "the focused switch shows a visible outline");
    await context.close();
  });

  test("the context switches in the 2026 step move the meter without replacing the conditions", async () => {
    const { page, context } = await open();
    const step = page.locator("#step-phase-2026");
    const score = () => readText(page.locator(".verdict-meter figcaption strong"));
    assert.equal(await step.getByRole("switch").count(), 4);
    const before = await score();
    await step.getByRole("switch", { name: "Quiet channels" }).click();
    assert.notEqual(await score(), before, "a context factor adds points");
    assert.equal(await verdictText(page), OUTCOME.crisis, "quiet channels keep a crisis line open");
    await context.close();
  });

  test("each context switch explains, on request, what the 2026 piece says and the theory behind it", async () => {
    const { page, context } = await open();
    const rows = page.locator("#step-phase-2026 .switch-row");
    assert.equal(await rows.count(), 4);
    for (const row of await rows.all()) {
      const theory = row.locator("details").filter({ has: page.locator("summary", { hasText: /^Theory$/ }) });
      assert.equal(await theory.locator("p").first().isVisible(), false, "closed until asked for");
      await theory.locator("summary").click();
      assert.ok((await readText(theory.locator("p").first())).length > 150, "the theory is told");
      assert.ok((await readText(theory.locator(".source-links"))).startsWith("Sources:"), "with its sources");
    }
    // Pressure's theory states the model's rule that pressure counts only with a way out.
    assert.match(await readText(rows.last().locator("details").last()), /declare victory/);
    await context.close();
  });
});

describe("walking the steps", () => {
  test("by keyboard alone, every step from the first to the last", async () => {
    const { page, context } = await open({ reducedMotion: "reduce" });
    const progress = page.locator(".step-progress .step-count");
    const total = Number((await readText(progress)).match(/of (\d+)/)[1]);
    assert.ok(total >= 10, `the argument has ${total} steps`);
    for (let n = 1; n < total; n++) {
      const next = page.locator(".step").nth(n - 1).locator(".step-continue button");
      await tabTo(page, next, 120);
      await page.keyboard.press("Enter");
      const heading = page.locator(".step").nth(n).locator("h2");
      assert.equal(await heading.evaluate((el) => el === document.activeElement), true, `step ${n + 1}'s heading has focus`);
      assert.equal(await readText(progress), `Step ${n + 1} of ${total}`);
    }
    assert.match(await focusedText(page), /How the argument fits known cases/);
    await context.close();
  });

  test("the step bar's buttons and jump list move through the argument", async () => {
    const { page, context } = await open({ reducedMotion: "reduce" });
    const progress = page.locator(".step-progress .step-count");
    const previous = page.getByRole("button", { name: "Previous step", exact: true });
    const next = page.getByRole("button", { name: "Next step", exact: true });
    assert.equal(await previous.isDisabled(), true, "nothing before the first step");
    await next.click();
    await next.click();
    assert.match(await readText(progress), /^Step 3 of/);
    await previous.click();
    assert.match(await readText(progress), /^Step 2 of/);
    await page.getByText("All steps", { exact: true }).click();
    await page.locator(".step-jump").getByRole("link", { name: /verdict/i }).click();
    assert.match(await readText(page.locator(".step-title")), /verdict/i);
    const top = await page.locator("#step-verdict").evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `the verdict step is scrolled into view (top ${top})`);
    await context.close();
  });

  // Without reduced motion, as most readers have it, and with scripts off too. Most steps are
  // laid out only as they near the window (`content-visibility: auto`): a smooth scroll aimed at
  // a step's estimated place stopped short as the steps on the way took their real size (the
  // last step landed more than 2,000 px below the window on a phone).
  test("every step in the jump list lands at the top of the window, with scripts on or off", async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const width of [375, 1280]) {
        const { page, context } = await openPage(build.browser, build.server.url, { javaScriptEnabled, viewport: { width, height: 800 } });
        if (javaScriptEnabled) await appReady(page);
        const menu = page.locator("#step-menu");
        const links = menu.locator("a[href^='#step-']");
        const count = await links.count();
        assert.equal(count, await page.locator(".step").count(), "the jump list names every step");
        // Far jumps both ways: the last step, the first, the second to last, the second, …
        const order = [...Array(count).keys()].map((i) => (i % 2 ? (i - 1) / 2 : count - 1 - i / 2));
        for (const i of order) {
          if (!(await menu.evaluate((details) => details.open))) await menu.locator("summary").click();
          const link = links.nth(i);
          const id = (await link.getAttribute("href")).slice(1);
          await link.click();
          const where = `${id}, ${width} px, scripts ${javaScriptEnabled ? "on" : "off"}`;
          await page.waitForFunction((id) => location.hash === `#${id}` || !location.hash, id);
          // Wait for the page to stop moving, then read where the step is.
          let top = null;
          for (let tries = 0; tries < 20; tries++) {
            const now = await page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().top));
            if (now === top) break;
            top = now;
            await page.waitForTimeout(100);
          }
          assert.ok(top >= 0 && top < 200, `${where}: the step starts at the top of the window (top ${top})`);
          if (javaScriptEnabled) {
            const current = await menu.locator("a[aria-current=step]").getAttribute("href");
            assert.equal(current, `#${id}`, `${where}: the step bar names the step jumped to`);
          }
        }
        await context.close();
      }
    }
  });

  test("scrolling by hand updates the step bar", async () => {
    const { page, context } = await open({ reducedMotion: "reduce" });
    await page.locator("#step-way-out").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 60));
    await page.waitForFunction(() => /way out/i.test(document.querySelector(".step-title").textContent));
    await context.close();
  });
});

describe("cases, the table and reset", () => {
  test("each case sets the switches it codes, marks them, and the model reproduces its outcome", async () => {
    const { page, context } = await open();
    const cases = page.locator(".preset-button");
    const count = await cases.count();
    assert.ok(count >= 9, `${count} cases`);
    for (let i = 0; i < count; i++) {
      await page.locator(".panel").getByRole("button", { name: "Reset to the 2020 assessment" }).click();
      await cases.nth(i).click();
      assert.equal(await cases.nth(i).getAttribute("aria-pressed"), "true");
      const card = page.locator(".case-card.is-chosen");
      const rows = card.locator("tbody tr");
      assert.equal(await rows.count(), 8, "every switch is coded");
      for (let r = 0; r < 8; r++) {
        const name = (await readText(rows.nth(r).locator("th"))).trim();
        const coded = (await readText(rows.nth(r).locator("td").first())).trim();
        const on = /^(present|on)\b/.test(coded);
        const sw = page.getByRole("switch", { name, exact: true });
        assert.equal(await sw.getAttribute("aria-checked"), String(on), `${name} is ${coded}`);
        const marked = await sw.evaluate((el) => el.closest(".switch-row").classList.contains("set-by-case"));
        assert.equal(marked, on, `${name} is marked as set by the case`);
      }
      const happened = (await readText(card)).match(/Outcome: ([^.]+)\./)[1];
      const model = (await readText(card)).match(/The model gives: ([^.]+)\./)[1];
      assert.equal(model, happened, `the model reproduces ${await readText(cases.nth(i))}`);
      assert.equal(await verdictText(page), model);
    }
    await context.close();
  });

  test("the scenario map: sixteen named squares; a click loads one, and the reset goes back", async () => {
    const { page, context } = await open();
    const map = page.getByRole("grid", { name: "All sixteen scenarios at a glance" });
    const squares = map.locator(".map-cell");
    assert.equal(await squares.count(), 16);
    for (const square of await squares.all()) {
      assert.match(await square.getAttribute("aria-label"), /points\./, "each square says its verdict and points");
    }
    const first = map.getByRole("button", { name: /^None of the four conditions is present\. Drift towards confrontation, 0 points\. Your scenario\./ });
    assert.equal(await first.getAttribute("aria-pressed"), "true", "the 2020 assessment is the reader's square");
    await map.getByRole("button", { name: /^All four conditions are present\./ }).click();
    await settled(page);
    for (const name of CONDITIONS) assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "true");
    assert.equal(await verdictText(page), OUTCOME.settlement);
    assert.equal(await map.locator("[aria-pressed=true]").count(), 1, "one square is the reader's");
    assert.match(await map.locator("[aria-pressed=true]").getAttribute("aria-label"), /All four conditions are present/);
    await page.locator(".panel").getByRole("button", { name: "Reset to the 2020 assessment" }).click();
    for (const name of CONDITIONS) assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "false");
    assert.equal(await verdictText(page), OUTCOME.drift);
    await context.close();
  });

  test("each square's outcome reads without colour: the height of its bar is the outcome's rung", async () => {
    const { page, context } = await open();
    const bars = await page.locator("#scenario-map .map-square").evaluateAll((squares) =>
      squares.map((square) => ({
        outcome: [...square.classList].find((c) => c.startsWith("outcome-")),
        height: parseFloat(getComputedStyle(square, "::after").height),
      })),
    );
    assert.equal(bars.length, 16);
    const RUNGS = ["outcome-drift", "outcome-crisis-channel", "outcome-interim-deal", "outcome-settlement"];
    for (const { outcome, height } of bars) {
      const other = bars.find((b) => RUNGS.indexOf(b.outcome) < RUNGS.indexOf(outcome));
      assert.ok(height >= 6, `${outcome}: a bar ${height} px high`);
      if (other) assert.ok(height > other.height, `${outcome}'s bar is higher than ${other.outcome}'s`);
    }
    assert.equal(new Set(bars.map((b) => b.outcome)).size, 4, "the 2020 context shows all four outcomes");
    await context.close();
  });

  test("the map is one tab stop; the arrow keys move between squares, one switch apart, and Enter chooses", async () => {
    const { page, context } = await open();
    const map = page.getByRole("grid", { name: "All sixteen scenarios at a glance" });
    assert.equal(await map.locator("[tabindex='0']").count(), 1, "one square takes the tab stop");
    await tabTo(page, map.locator("[tabindex='0']"));
    const label = () => page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    assert.match(await label(), /^None of the four conditions/);
    await page.keyboard.press("ArrowRight");
    assert.match(await label(), /^Present: Parity of power\./, "one square right adds one condition");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    assert.match(await label(), /^Present: Concessions and Both can declare victory\./);
    await page.keyboard.press("Enter");
    await settled(page);
    assert.equal(await panelSwitch(page, "Concessions").getAttribute("aria-checked"), "true");
    assert.equal(await panelSwitch(page, "Both can declare victory").getAttribute("aria-checked"), "true");
    assert.equal(await panelSwitch(page, "Parity of power").getAttribute("aria-checked"), "false");
    assert.equal(await map.locator("[tabindex='0']").count(), 1, "still one tab stop");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.closest("[role=grid]")), null, "Tab leaves the map");
    await context.close();
  });

  test("a square one switch from the reader's says which switch and what it would change, on focus, on hover and in its name", async () => {
    const { page, context } = await open();
    const map = page.getByRole("grid", { name: "All sixteen scenarios at a glance" });
    const hint = page.locator("#map-hint");
    await tabTo(page, map.locator("[tabindex='0']"));
    await page.keyboard.press("ArrowRight");
    const change = /One switch from yours, Parity of power on: still drift towards confrontation, with \d+ points instead of 0\./;
    assert.match(await hint.innerText(), change, "focus shows the hint under the map");
    assert.match(
      await page.evaluate(() => document.activeElement.getAttribute("aria-label")),
      change,
      "and a screen reader hears it in the square's name",
    );
    // A square two switches away has no hint; pointing at one that is one away shows its own.
    await map.getByRole("button", { name: /^All four conditions are present\./ }).hover();
    assert.equal((await hint.innerText()).trim(), "");
    await map.getByRole("button", { name: /^Present: No better alternative\./ }).hover();
    assert.match(await hint.innerText(), /^One switch from yours, No better alternative on: /);
    // From a reader's square where one switch opens a gate, the hint names the new outcome.
    await map.getByRole("button", { name: /^Present: No better alternative, Concessions and Both can declare victory\./ }).click();
    await settled(page);
    await map.getByRole("button", { name: /^Present: No better alternative and Concessions\./ }).hover();
    assert.match(
      await hint.innerText(),
      /^One switch from yours, Both can declare victory off: a comprehensive settlement would become a partial or interim deal\./,
    );
    await context.close();
  });

  test("a case on the map loads the case, as its button does", async () => {
    const { page, context } = await open();
    await page.locator(".map-case", { hasText: "Camp David" }).click();
    await settled(page);
    assert.equal(await caseButton(page, /Camp David/).getAttribute("aria-pressed"), "true");
    assert.match(
      await page.getByRole("grid").locator("[aria-pressed=true]").getAttribute("aria-label"),
      /Cases here: .*Camp David/,
      "the square names the cases on it",
    );
    await context.close();
  });

  test("the ladder: a shut gate is a named lid over the rungs it closes, and it lifts when the gate opens", async () => {
    const { page, context } = await open();
    const ladder = page.locator(".ladder-rungs");
    const lids = () => ladder.locator(".ladder-lid:visible");
    assert.deepEqual(await lids().allTextContents(), [
      "Without “Both can declare victory”: no higher than a partial or interim deal",
      "Without “No better alternative” and “Concessions”: no higher than a crisis-management channel only",
    ]);
    await panelSwitch(page, "No better alternative").click();
    await panelSwitch(page, "Concessions").click();
    await settled(page);
    await page.waitForTimeout(400);
    assert.deepEqual(await lids().allTextContents(), [
      "Without “Both can declare victory”: no higher than a partial or interim deal",
    ], "opening both lower gates lifts their lid");
    assert.match(await readText(ladder.locator(".ladder-here")), /55 points/);
    const here = await ladder.locator(".ladder-here").boundingBox();
    const rung = await ladder.locator(".outcome-interim-deal").boundingBox();
    assert.ok(Math.abs(here.y + here.height / 2 - (rung.y + rung.height / 2)) < rung.height, "the score sits on its rung");
    await panelSwitch(page, "Both can declare victory").click();
    await settled(page);
    await page.waitForTimeout(400);
    assert.deepEqual(await lids().allTextContents(), [], "no gate shut, no lid");
    await context.close();
  });
});

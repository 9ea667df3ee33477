// Accessibility, layout and print, checked the way an audit would: axe-core in the real browser,
// screenshots at phone and desktop widths in both themes, and a print-media run.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { appReady, axeViolations, openPage, servedBuild, readText } from "./harness.mjs";

const ARTIFACTS = resolve(import.meta.dirname, "artifacts");

const build = servedBuild();
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

describe("accessibility scan with axe-core", () => {
  for (const colorScheme of ["light", "dark"]) {
    test(`no violations in the ${colorScheme} theme, before and after using the controls`, async () => {
      const { page, context } = await openPage(build.browser, build.server.url, { colorScheme, reducedMotion: "reduce" });
      await appReady(page);
      assert.deepEqual(await axeViolations(page), [], "on first load");
      // Open every disclosure, switch things on, load a case: the states a reader reaches.
      await page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).click();
      await page.locator(".preset-button").nth(3).click();
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      assert.deepEqual(await axeViolations(page), [], "with controls used and disclosures open");
      await context.close();
    });
  }
});

describe("dark theme", () => {
  for (const [colorScheme, query] of [["dark", ""], ["light", "dark=on&"]]) {
    test(`${query ? "?dark=on" : "the reader's dark setting"}: present and absent conditions keep their own colours`, async () => {
      const { page, context } = await openPage(build.browser, `${build.server.url}?${query}on=concessions`, { colorScheme, reducedMotion: "reduce" });
      await appReady(page);
      const colour = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).color);
      const present = await colour(".condition-state strong.is-on");
      const absent = await colour(".condition-state strong:not(.is-on)");
      assert.notEqual(present, absent, "“present” does not look like “absent”");
      const onColour = await page.locator(".panel .switch[aria-checked=true] .switch-track").evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(present, onColour, "present takes the switches' on colour");
      await context.close();
    });
  }
});

describe("focus and ids", () => {
  // WCAG 2.4.11 (AA): whatever the keyboard focuses is not entirely hidden under the sticky step
  // bar or the phone's fixed switch bar: at least one of its centre and corners is on top.
  for (const [width, height] of [[360, 640], [640, 360], [1280, 800]]) {
    test(`${width}×${height}: every control reached by Tab is in view, not under a bar`, async () => {
      const { page, context } = await openPage(build.browser, build.server.url, {
        viewport: { width, height },
        reducedMotion: "reduce",
      });
      await appReady(page);
      const hidden = [];
      for (let i = 0; i < 90; i++) {
        await page.keyboard.press("Tab");
        const problem = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 2, r.top + 2],
            [r.right - 2, r.top + 2],
            [r.left + 2, r.bottom - 2],
            [r.right - 2, r.bottom - 2],
          ];
          const covered = points.every(([x, y]) => {
            const at = document.elementFromPoint(x, y);
            return !at || !(el.contains(at) || at.contains(el));
          });
          return covered ? `${el.tagName} “${(el.getAttribute("aria-label") || el.textContent).trim().slice(0, 40)}”` : null;
        });
        if (problem) hidden.push(problem);
      }
      assert.deepEqual(hidden, []);
      await context.close();
    });
  }

  test("short screens: the laptop panel shows the verdict without scrolling; a phone on its side keeps the switches in the flow", async () => {
    const laptop = await openPage(build.browser, build.server.url, { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    await appReady(laptop.page);
    const panel = laptop.page.locator(".panel");
    assert.equal(await panel.locator(".switch-desc").first().isVisible(), false, "descriptions are left to the steps");
    const chip = await panel.locator(".outcome-chip").boundingBox();
    const box = await panel.boundingBox();
    assert.ok(chip.y + chip.height <= box.y + box.height, "the outcome is inside the panel's visible part");
    await laptop.context.close();
    const side = await openPage(build.browser, build.server.url, { viewport: { width: 640, height: 360 }, reducedMotion: "reduce" });
    await appReady(side.page);
    assert.equal(await side.page.locator(".panel").evaluate((el) => getComputedStyle(el).position), "static");
    await side.context.close();
  });

  test("the step counter is not a live region: scrolling does not make screen readers talk", async () => {
    const { page, context } = await openPage(build.browser, build.server.url);
    await appReady(page);
    assert.equal(await page.locator(".step-progress").getAttribute("aria-live"), null);
    assert.equal(await page.locator(".step-progress [aria-live]").count(), 0);
    await context.close();
  });

  test("no id is used twice (a second SVG pattern with the same id would not draw)", async () => {
    const { page, context } = await openPage(build.browser, build.server.url);
    await appReady(page);
    const dupes = await page.evaluate(() => {
      const seen = new Map();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    assert.deepEqual(dupes, []);
    await context.close();
  });
});

describe("layout at phone and desktop widths", () => {
  for (const width of [320, 360, 1280]) {
    for (const colorScheme of ["light", "dark"]) {
      test(`${width} px, ${colorScheme}: no horizontal scrolling, switches within reach`, async () => {
        const { page, context } = await openPage(build.browser, build.server.url, {
          viewport: { width, height: 800 },
          colorScheme,
          reducedMotion: "reduce",
        });
        await appReady(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, "the page is no wider than the window");
        // The four switches stay on screen wherever the reader has scrolled to.
        await page.locator("#step-history").scrollIntoViewIfNeeded();
        for (const sw of await page.locator(".panel > .switches [role=switch]").all()) {
          assert.equal(await sw.isVisible(), true);
          const box = await sw.boundingBox();
          assert.ok(box.y >= 0 && box.y + box.height <= 800, "a switch is in the window");
          assert.ok(box.x >= 0 && box.x + box.width <= width, `a switch fits across the window (${box.x}+${box.width})`);
          assert.ok(box.height >= 44, `a switch is at least 44 px tall (${box.height})`);
        }
        await page.locator("#step-verdict").scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${ARTIFACTS}/verdict-${width}-${colorScheme}.png` });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${ARTIFACTS}/top-${width}-${colorScheme}.png` });
        await context.close();
      });
    }
  }
});

describe("print", () => {
  test("printing shows every step, the current scenario and the sources, without the controls", async () => {
    const { page, context } = await openPage(build.browser, build.server.url);
    await appReady(page);
    await page.locator(".panel").getByRole("switch", { name: "No better alternative", exact: true }).click();
    await page.emulateMedia({ media: "print" });
    const steps = page.locator(".step");
    for (let i = 0; i < (await steps.count()); i++) {
      assert.equal(await steps.nth(i).isVisible(), true, `step ${i + 1} prints`);
    }
    assert.equal(await page.locator(".step-nav").isVisible(), false, "the step bar does not print");
    assert.equal(await page.locator(".step-continue").first().isVisible(), false, "the step buttons do not print");
    assert.equal(await page.locator(".panel").isVisible(), true, "the current scenario prints");
    assert.equal(await page.locator(".panel").evaluate((el) => getComputedStyle(el).position), "static");
    assert.match(await readText(page.locator(".panel")), /Crisis-management channel only/);
    assert.equal(await page.locator(".sources").isVisible(), true);
    // Each switch prints as it looks, on or off; outcome colours print without background
    // graphics; the share buttons do not print.
    // (The compact embed's copy of the context switches is not part of the page.)
    assert.equal(await page.locator(".panel-context").isVisible(), false);
    for (const track of await page.locator(":not(.panel-context) > .switches .switch-track").all()) {
      assert.equal(await track.isVisible(), true, "a switch shows its state on paper");
    }
    const exact = await page.locator(".panel .outcome-chip").evaluate((el) => getComputedStyle(el).printColorAdjust);
    assert.equal(exact, "exact");
    assert.equal(await page.locator(".share").isVisible(), false, "the share buttons do not print");
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 5, `the whole argument prints (${pages} pages)`);
    await context.close();
  });
});

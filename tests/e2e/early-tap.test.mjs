// A reader on a slow phone taps a switch as soon as it appears, before the app is live: the tap
// answers at once and takes effect when the app takes over, instead of being lost. Measured
// under Chrome's "Fast 3G" (1.6 Mbps down, 150 ms round trip) with the CPU 4× slower.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { servedBuild, settled, throttle, readText } from "./harness.mjs";

const build = servedBuild();

async function slowPage() {
  const context = await build.browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  await throttle(page);
  return { context, page, problems };
}

const live = (page) => page.evaluate(() => document.getElementById("app-loading").hidden);

describe("taps before the app is live", () => {
  test("a switch tapped on the pre-rendered page takes effect once the app is live", async (t) => {
    const { context, page, problems } = await slowPage();
    const started = Date.now();
    await page.goto(build.server.url, { waitUntil: "commit" });
    const toggle = page.locator(".panel").getByRole("switch", { name: "No better alternative", exact: true });
    await toggle.waitFor({ state: "visible", timeout: 30_000 });
    assert.equal(await live(page), false, "the app is not live yet: the tap lands on the pre-rendered page");
    await toggle.click();
    const tappedAt = Date.now() - started;
    assert.equal(await toggle.getAttribute("aria-checked"), "true", "the tap answers at once");

    await page.waitForFunction(() => document.getElementById("app-loading").hidden, null, { timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelector(".panel [role=switch]").getAttribute("aria-checked") === "true",
      null,
      { timeout: 5_000 },
    );
    const appliedAt = Date.now() - started;
    await settled(page);
    assert.equal(await readText(page.locator(".verdict-outcome")), "Crisis-management channel only", "the verdict changed");
    assert.match(await page.locator("#announcer").textContent(), /./, "the change is announced");
    // The address follows after its usual short delay.
    await page.waitForFunction(() => /[?&]on=alternative(&|$)/.test(location.search), null, { timeout: 5_000 });
    t.diagnostic(`tapped ${tappedAt} ms after navigation; the verdict changed at ${appliedAt} ms`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("two early taps on the same switch cancel out, and an early case loads", async () => {
    const { context, page, problems } = await slowPage();
    await page.goto(build.server.url, { waitUntil: "commit" });
    const toggle = page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true });
    await toggle.waitFor({ state: "visible", timeout: 30_000 });
    assert.equal(await live(page), false);
    await toggle.click();
    await toggle.click();
    const libya = page.locator(".preset-button", { hasText: "Libya" });
    await libya.click();
    await page.waitForFunction(() => document.getElementById("app-loading").hidden, null, { timeout: 60_000 });
    await page.locator(".case-card.is-chosen").waitFor({ timeout: 5_000 });
    assert.match(await readText(page.locator(".case-card.is-chosen h4")), /Libya/);
    await settled(page);
    assert.equal(await readText(page.locator(".verdict-outcome")), "Comprehensive settlement");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a square of the map tapped before the app is live is chosen once it is, and stops waiting", async () => {
    const { context, page, problems } = await slowPage();
    await page.goto(build.server.url, { waitUntil: "commit" });
    const square = page.locator("#map-20");
    await square.waitFor({ state: "attached", timeout: 30_000 });
    assert.equal(await live(page), false);
    await square.dispatchEvent("click");
    assert.match(await square.getAttribute("class"), /is-waiting/, "the tap is marked as waiting");
    await page.waitForFunction(() => document.getElementById("app-loading").hidden, null, { timeout: 60_000 });
    await settled(page);
    assert.equal(await readText(page.locator(".verdict-outcome")), "Partial or interim deal", "the square's conditions were loaded");
    assert.equal(await square.getAttribute("aria-pressed"), "true", "it is the reader's square");
    assert.doesNotMatch(await square.getAttribute("class"), /is-waiting/, "and no longer marked as waiting");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// When the app cannot start, the reader sees a short message, never a blank page.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { servedBuild, readText } from "./harness.mjs";

describe("a failed start is explained to the reader", () => {
  const build = servedBuild();

  const failures = {
    "the WebAssembly download fails": (route) => route.abort("failed"),
    "the WebAssembly file is corrupt": (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not wasm at all") }),
    "the WebAssembly file is missing": (route) => route.fulfill({ status: 404, body: "not found" }),
  };
  for (const [what, handler] of Object.entries(failures)) {
    test(`${what}: an alert says the interactive part could not start`, async () => {
      const context = await build.browser.newContext();
      const page = await context.newPage();
      await page.route("**/*.wasm", handler);
      await page.goto(build.server.url);
      const alert = page.getByRole("alert");
      await alert.waitFor({ state: "visible", timeout: 10_000 });
      assert.match(await readText(alert), /could not start/);
      assert.equal(await page.locator("#app-loading").isVisible(), false);
      // The pre-rendered argument is still there to read.
      assert.equal(await page.getByRole("heading", { level: 1 }).isVisible(), true);
      await context.close();
    });
  }

  test("the JavaScript loader is missing: the same alert appears", async () => {
    const context = await build.browser.newContext();
    const page = await context.newPage();
    await page.route(/explainer-app-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(build.server.url);
    await page.getByRole("alert").waitFor({ state: "visible", timeout: 10_000 });
    await context.close();
  });

  test("a link's scenario that cannot load: the 2020 view is no longer faded", async () => {
    const context = await build.browser.newContext();
    const page = await context.newPage();
    await page.route("**/*.wasm", (route) => route.abort("failed"));
    await page.goto(`${build.server.url}?on=alternative`);
    await page.getByRole("alert").waitFor({ state: "visible", timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("link-pending")), false);
    const opacity = await page.locator(".panel").evaluate((el) => getComputedStyle(el).opacity);
    assert.equal(opacity, "1", "the panel is shown at full contrast");
    await context.close();
  });

  test("a normal start shows no alert", async () => {
    const context = await build.browser.newContext();
    const page = await context.newPage();
    await page.goto(build.server.url);
    await page.getByRole("switch").first().waitFor();
    assert.equal(await page.getByRole("alert").isVisible(), false);
    await context.close();
  });
});

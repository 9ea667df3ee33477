// A reader opens the page, reads the credit and works the four switches by mouse and keyboard.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, launchBrowser, openPage, startServer } from "./harness.mjs";

const SWITCHES = ["No better alternative", "Concessions", "Both can declare victory", "Parity of power"];

describe("the first slice, as a reader uses it", () => {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the page credits the 2020 article and shows four switches, all off", async () => {
    const { page, problems, foreignRequests } = await openPage(browser, server.url);
    await appReady(page);
    await assert.doesNotReject(
      page.getByRole("heading", { level: 1, name: "Under What Conditions Can Diplomacy With Iran Succeed?" }).waitFor(),
    );
    const credit = page.getByRole("link", { name: "Responsible Statecraft" });
    assert.equal(
      await credit.getAttribute("href"),
      "https://responsiblestatecraft.org/2020/01/24/under-what-conditions-can-diplomacy-with-iran-succeed/",
    );
    assert.match(await page.locator(".credit").innerText(), /24 January 2020/);
    for (const name of SWITCHES) {
      assert.equal(await page.getByRole("switch", { name, exact: true }).getAttribute("aria-checked"), "false", name);
    }
    assert.equal(await page.getByRole("status").filter({ hasText: "conditions" }).innerText(), "None of the four conditions is present.");
    assert.equal(await page.locator("#app-loading").isVisible(), false, "the loading notice is gone once the app runs");
    assert.deepEqual(problems, [], "no console errors or warnings");
    assert.deepEqual(foreignRequests, [], "no request leaves the page's origin");
    await page.context().close();
  });

  test("clicking each switch turns it on and the live sentence says so", async () => {
    const { page } = await openPage(browser, server.url);
    await appReady(page);
    const summary = page.locator("#conditions-summary");
    assert.equal(await summary.getAttribute("aria-live"), "polite");
    for (const [i, name] of SWITCHES.entries()) {
      const sw = page.getByRole("switch", { name, exact: true });
      await sw.click();
      assert.equal(await sw.getAttribute("aria-checked"), "true", name);
      const text = await summary.innerText();
      if (i < SWITCHES.length - 1) {
        assert.match(text, new RegExp(`^Present: .*${name}`), `after switching on ${name}: ${text}`);
      } else {
        assert.equal(text, "All four conditions are present.");
      }
    }
    await page.getByRole("switch", { name: "Concessions", exact: true }).click();
    assert.equal(await summary.innerText(), "Present: No better alternative, Both can declare victory and Parity of power. Missing: Concessions.");
    await page.context().close();
  });

  test("each switch works from the keyboard alone: Tab to it, Space and Enter toggle it", async () => {
    const { page } = await openPage(browser, server.url);
    await appReady(page);
    const summary = page.locator("#conditions-summary");
    // Tab from the top of the page: past the article link, then through the four switches in order.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Responsible Statecraft");
    for (const name of SWITCHES) {
      await page.keyboard.press("Tab");
      const focused = page.getByRole("switch", { name, exact: true });
      assert.equal(await focused.evaluate((el) => el === document.activeElement), true, `${name} has focus`);
      await page.keyboard.press("Space");
      assert.equal(await focused.getAttribute("aria-checked"), "true", `Space switches on ${name}`);
      assert.match(await summary.innerText(), new RegExp(name));
      await page.keyboard.press("Enter");
      assert.equal(await focused.getAttribute("aria-checked"), "false", `Enter switches off ${name}`);
    }
    assert.equal(await summary.innerText(), "None of the four conditions is present.");
    await page.context().close();
  });
});

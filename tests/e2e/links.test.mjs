// Every scenario is a link: the address follows the reader, a link restores what it records,
// and a malformed or hostile link still opens a working page with a clear, dismissible note.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MODEL_VERSION, appReady, openPage, servedBuild, readText, openExplainer, caseButton } from "./harness.mjs";

const build = servedBuild();

const panelSwitch = (page, name) => page.locator(".panel").getByRole("switch", { name, exact: true });
const query = (page) => new URL(page.url()).search;
/** The address bar is written once changes settle: wait for it to say `search`. */
const addressIs = (page, search) => page.waitForFunction((s) => location.search === s, search, { timeout: 5000 });

const open = (search = "", options = {}) => openExplainer(build, search, { reducedMotion: "reduce", ...options });

describe("the address follows the reader", () => {
  test("switching, scrolling to a step and loading a case update the query string, with no new history entries", async () => {
    const { page, context } = await open();
    const history = await page.evaluate(() => history.length);
    assert.equal(query(page), "", "the 2020 assessment needs no query");
    await panelSwitch(page, "Concessions").click();
    await panelSwitch(page, "Parity of power").click();
    await addressIs(page, "?on=concessions,parity");
    await page.locator("#step-phase-2026").getByRole("switch", { name: "Verification" }).click();
    await addressIs(page, "?on=concessions,parity&ctx=verification&step=phase-2026");
    await caseButton(page, /JCPOA/).click();
    await page.waitForFunction(() => location.search.startsWith("?preset=jcpoa-2015"));
    assert.equal(await page.evaluate(() => history.length), history, "replaceState, not pushState");
    await context.close();
  });

  test("opening a copied address in a fresh page restores the switches, the case and the step", async () => {
    const first = await open();
    await panelSwitch(first.page, "No better alternative").click();
    await panelSwitch(first.page, "Both can declare victory").click();
    await first.page.getByRole("button", { name: "Next step", exact: true }).click();
    await first.page.getByRole("button", { name: "Next step", exact: true }).click();
    await first.page.waitForFunction(() => location.search.includes("step="));
    const address = first.page.url();
    const verdict = await readText(first.page.locator(".verdict-outcome"));
    await first.context.close();

    const { page, context, problems } = await open(new URL(address).search);
    for (const [name, on] of [["No better alternative", "true"], ["Concessions", "false"], ["Both can declare victory", "true"], ["Parity of power", "false"]]) {
      assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), on, name);
    }
    assert.equal(await readText(page.locator(".verdict-outcome")), verdict);
    assert.match(await readText(page.locator(".step-progress .step-count")), /^Step 3 of/);
    await page.waitForFunction(() => Math.abs(document.querySelector("#step-conditions").getBoundingClientRect().top) < 150);
    assert.equal(await page.locator(".url-note").count(), 0, "a good link gets no note");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a link to a case shows the case and marks the switches it set", async () => {
    const { page, context } = await open("?preset=libya-2003&step=history");
    assert.equal(await caseButton(page, /Libya/).getAttribute("aria-pressed"), "true");
    assert.match(await readText(page.locator(".case-card.is-chosen")), /Libya/);
    assert.ok((await page.locator(".panel .set-by-case").count()) > 0);
    assert.match(await readText(page.locator(".step-progress .step-count")), /^Step 11 of 11/);
    await context.close();
  });
});

describe("bad links never break the page", () => {
  test("control: the harness sees a dialog raised while a page loads", async () => {
    const { context, dialogs } = await openPage(build.browser, "data:text/html,<script>alert('while loading')</script>");
    assert.deepEqual(dialogs, ["alert: while loading"]);
    await context.close();
  });

  const cases = [
    ["?on=peace", /unknown condition “peace”/],
    ["?on=concessions,banana&ctx=magic", /unknown condition “banana”[\s\S]*unknown context factor “magic”/],
    ["?step=999", /unknown step “999”/],
    ["?preset=yalta-1945", /unknown case “yalta-1945”/],
    ["?embed=banana", /“banana”, which is not a valid value for embed/],
    ["?dark=maybe", /not a valid value for dark/],
    ["?on=parity&on=concessions", /a second “on” \(the first one was used\)/],
    ["?step=%3Cscript%3Ealert(1)%3C/script%3E", /unknown step “<script>alert\(1\)<\/script>”/],
    ["?on=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", /unknown condition “<img”[\s\S]*unknown condition “onerror=alert\(1\)>”/],
    ["?on=%E0%A4%A", /unknown condition/],
    ["?on=%00%01%02%FF%FE", /unknown condition/],
    ["?" + "x=1&".repeat(2000), /too long|more/],
    ["?step=-1&on=,,,", /unknown step “-1”/],
    ["?on=\u202Eparity", /unknown condition “parity”/],
  ];
  for (const [search, note] of cases) {
    test(`${search.slice(0, 60)}: a working page and a note`, async () => {
      // Dialogs are recorded from before the page loads (openPage), so an alert() raised while
      // the link is read would be caught too.
      const { page, context, problems, dialogs } = await open(search);
      // A working page: the switches work and the verdict is there.
      const before = await panelSwitch(page, "Concessions").getAttribute("aria-checked");
      await panelSwitch(page, "Concessions").click();
      assert.notEqual(await panelSwitch(page, "Concessions").getAttribute("aria-checked"), before, "the switch works");
      assert.ok((await readText(page.locator(".verdict-outcome"))).length > 5);
      const box = page.locator(".url-note");
      const text = await readText(box);
      assert.match(text, note);
      assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/, "no control or bidi characters reach the page");
      assert.equal(await box.locator("script, img").count(), 0, "nothing from the link becomes markup");
      await box.getByRole("button", { name: "Dismiss" }).click();
      assert.equal(await box.count(), 0, "the note can be dismissed");
      assert.deepEqual(dialogs, [], "no script from the link ran");
      assert.deepEqual(problems, [], "no console errors");
      await context.close();
    });
  }
});

describe("tracking tags from newsletters, social networks and ads", () => {
  const TAGS = "utm_source=newsletter&utm_medium=email&utm_campaign=dec-2026&fbclid=IwAR0xyz&gclid=Cj0KCQ";
  for (const [label, search] of [
    ["the page", `?${TAGS}`],
    ["the page with a scenario", `?on=parity&${TAGS}`],
    ["the compact embed", `?embed=1&${TAGS}`],
    ["a hostile name", "?<script>alert(1)</script>=1&utm_source=x"],
  ]) {
    test(`${label}: no notice, the tags stay in the address`, async () => {
      const { page, context, problems, dialogs } = await open(search);
      assert.equal(await page.locator(".url-note").count(), 0, "no notice");
      // The page writes its address once the reader changes something: the tags stay, after
      // the explainer's own parameters.
      await panelSwitch(page, "Concessions").click();
      await page.waitForFunction(() => /concessions/.test(location.search), null, { timeout: 5000 });
      const address = new URLSearchParams(new URL(page.url()).search);
      for (const [name, value] of new URLSearchParams(search)) {
        if (["on", "embed"].includes(name)) continue;
        assert.equal(address.get(name), value, `${name} kept`);
      }
      assert.deepEqual(dialogs, [], "no script from the link ran");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe("sharing", () => {
  test("Copy link puts the scenario's address on the clipboard and says so", async () => {
    const { page, context } = await open("", { permissions: ["clipboard-read", "clipboard-write"] });
    await panelSwitch(page, "Concessions").click();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.locator(".share-status").filter({ hasText: "Copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /\/interactives\/iran-diplomacy\/\?on=concessions(&step=[a-z-]+)?$/);
    await page.getByRole("button", { name: "Copy embed code" }).click();
    await page.locator(".share-status").filter({ hasText: "embed code" }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /^<script src="http:\/\/127\.0\.0\.1:\d+\/interactives\/iran-diplomacy\/embed\.js" async><\/script>\n/);
    const src = new RegExp(`\\n<iframe src="http://127\\.0\\.0\\.1:\\d+/interactives/iran-diplomacy/\\?on=concessions&amp;embed=1&amp;v=${MODEL_VERSION}" title="[^"]+"[^>]*height:600px[^>]*loading="lazy"[^>]*></iframe>\\n`);
    assert.match(code, src, "the compact embed of the scenario, marked with the model's version");
    // The scenario's card for readers without scripts: it is the file the build drew for it.
    const fallback = /\n<noscript><img src="([^"]+\/img\/scenario-20\.png)" alt="[^"]*Present: Concessions\.[^"]*" width="1200" height="630"[^>]*><\/noscript>$/.exec(code);
    assert.ok(fallback, code);
    assert.equal((await fetch(fallback[1])).status, 200, "the fallback image is there");
    await page.getByRole("button", { name: "Copy image code" }).click();
    await page.locator(".share-status").filter({ hasText: "image code" }).waitFor();
    const image = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(image, /^<a href="http:\/\/127\.0\.0\.1:\d+\/interactives\/iran-diplomacy\/\?on=concessions(&amp;step=[a-z-]+)?"><img src="[^"]+\/img\/scenario-20\.png" alt="[^"]+" width="1200" height="630"><\/a>$/);
    await context.close();
  });

  test("without clipboard access the text is shown selected, and the reader is told", async () => {
    const context = await build.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    const page = await context.newPage();
    await page.goto(build.server.url);
    await appReady(page);
    await page.getByRole("button", { name: "Copy fixed-height embed code" }).click();
    const box = page.getByRole("textbox", { name: "Text to copy" });
    await box.waitFor();
    assert.match(await box.inputValue(), /^<iframe [^>]*height:680px/);
    const selected = await box.evaluate((el) => el.selectionEnd - el.selectionStart);
    assert.equal(selected, (await box.inputValue()).length, "all of it is selected");
    assert.match(await readText(page.locator(".share-status")), /did not allow copying/);
    await context.close();
  });
});

describe("embed mode and themes", () => {
  test("?embed=1 drops the page chrome and links back to the full explainer", async () => {
    const { page, context } = await open("?embed=1&on=parity");
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("embed")), true);
    assert.equal(await page.locator(".step-nav").isVisible(), false);
    assert.equal(await page.locator(".sources").isVisible(), false);
    const back = page.getByRole("link", { name: "Open the full explainer" });
    assert.match(await back.getAttribute("href"), /\/interactives\/iran-diplomacy\/\?on=parity$/);
    assert.equal(await page.locator(".panel").evaluate((el) => getComputedStyle(el).position), "static");
    await addressIs(page, "?on=parity&embed=1");
    await context.close();
  });

  for (const [dark, scheme, expected] of [["on", "light", "rgb(20, 20, 23)"], ["off", "dark", "rgb(253, 252, 250)"], ["auto", "dark", "rgb(20, 20, 23)"]]) {
    test(`dark=${dark} with the reader's setting ${scheme} gives the ${expected} background`, async () => {
      const { page, context } = await open(`?embed=1&dark=${dark}`, { colorScheme: scheme });
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), expected);
      await context.close();
    });
  }
});

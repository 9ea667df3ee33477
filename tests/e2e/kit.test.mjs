// The classroom kit (src/site/kit/): the teachers' page and its links, the model's notes, the
// accessibility statement and report, and the one-page handouts with their QR codes and
// citations. Read as a teacher and a student would: pages scanned with axe, links followed, a
// handout printed to PDF and its QR code decoded from the rendered page with jsQR (npm).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DIST, MODEL_VERSION, appReady, axeViolations, openPage, servedBuild, settled, readText, caseButton } from "./harness.mjs";

const jsQR = createRequire(import.meta.url)("jsqr");
const build = servedBuild({ headers: true });

const CASES = (await readdir(DIST)).filter((f) => /^case-.*\.html$/.test(f)).map((f) => f.slice(5, -5));

/** Opens a kit page (under the explainer's folder), failing on console problems later. */
async function openKit(path, options) {
  return openPage(build.browser, build.server.url + path, options);
}

/** The number of pages in a PDF (its page objects). */
function pdfPages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) || []).length;
}

/** The QR code in the rendered page, decoded: a screenshot of it, read back as pixels. */
async function decodeQr(page) {
  const png = await page.locator("#qr").screenshot();
  const pixels = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data: rgba, width, height } = context.getImageData(0, 0, image.width, image.height);
    return { rgba: Array.from(rgba), width, height };
  }, png.toString("base64"));
  const code = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height);
  return code?.data ?? null;
}

const switchStates = (page) =>
  page.locator(".panel [role=switch]").evaluateAll((els) => els.map((el) => `${el.id}=${el.getAttribute("aria-checked")}`));

describe("the teachers' page", () => {
  test("is linked from the explainer, passes axe, and its case and step links open them", async () => {
    // axe is injected as a script, which the site's policy would block.
    const main = await openPage(build.browser, build.server.url, { bypassCSP: true });
    await main.page.locator(".masthead").getByRole("link", { name: "For teachers" }).click();
    const { page } = main;
    await page.waitForURL(/teachers\.html$/);
    assert.match(await readText(page.getByRole("heading", { level: 1 })), /teachers/i);
    assert.deepEqual(await axeViolations(page), []);
    for (const heading of ["Learning goals", "A 45-minute lesson", "Discussion questions"]) {
      assert.equal(await page.getByRole("heading", { name: heading }).count(), 1, heading);
    }
    // Every case has two discussion questions or more.
    for (const id of CASES) {
      const questions = await page.locator(`section[aria-labelledby="q-${id}"] li`).count();
      assert.ok(questions >= 2, `${id}: ${questions} questions`);
    }
    // Each case link opens the explainer with that case loaded.
    const links = page.locator(".link-list a[href^='case-']");
    assert.equal(await links.count(), CASES.length);
    for (let i = 0; i < (await links.count()); i++) {
      const href = await links.nth(i).getAttribute("href");
      const name = (await readText(links.nth(i))).replace(/ \(.*\)$/, "");
      const opened = await openPage(build.browser, new URL(href, page.url()).href);
      await appReady(opened.page);
      const pressed = opened.page.locator(".preset-button[aria-pressed=true]");
      assert.equal(await pressed.count(), 1, href);
      assert.ok((await readText(pressed)).includes(name), `${href} loads ${name}`);
      assert.deepEqual(opened.problems, [], href);
      await opened.context.close();
    }
    // A step link opens its step.
    const step = page.getByRole("link", { name: "The verdict: a model you can check" }).first();
    const opened = await openPage(build.browser, new URL(await step.getAttribute("href"), page.url()).href);
    await appReady(opened.page);
    assert.match(await readText(opened.page.locator(".step-progress .step-count")), /^Step 8 of 11/);
    await opened.context.close();
    assert.deepEqual(main.problems, []);
    await main.context.close();
  });

  test("the link builder makes a link, an embed code and a QR code that open what was chosen", async () => {
    const { page, context, problems } = await openKit("teachers.html");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const form = page.locator("#link-builder");
    await form.waitFor();
    await page.getByRole("checkbox", { name: "No better alternative" }).check();
    await page.getByRole("checkbox", { name: "Verification" }).check();
    await page.getByRole("combobox", { name: "Step" }).selectOption({ label: "The verdict: a model you can check" });
    const link = await page.getByRole("textbox", { name: "Link", exact: true }).inputValue();
    assert.equal(link, `${build.server.url}?on=alternative&ctx=verification&step=verdict`);
    // The QR code says the same.
    const image = await page.locator("#build-qr").screenshot();
    const pixels = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: img.width, height: img.height });
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return { rgba: Array.from(ctx.getImageData(0, 0, img.width, img.height).data), width: img.width, height: img.height };
    }, image.toString("base64"));
    assert.equal(jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data, link);
    // The link opens that scenario at that step.
    const opened = await openPage(build.browser, link);
    await appReady(opened.page);
    assert.equal(await opened.page.locator("#switch-alternative").getAttribute("aria-checked"), "true");
    assert.equal(await opened.page.locator("#switch-verification").getAttribute("aria-checked"), "true");
    assert.match(await readText(opened.page.locator(".step-progress .step-count")), /^Step 8 of 11/);
    await opened.context.close();
    // The embed code is the compact embed of that scenario, with its image and description.
    const embed = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
    assert.match(embed, new RegExp(`<iframe src="[^"]*\\?on=alternative&amp;ctx=verification&amp;embed=1&amp;v=${MODEL_VERSION}"`));
    assert.match(embed, /img\/scenario-11\.png" alt="[^"]{20,}"/);
    await page.getByRole("button", { name: "Copy the embed code" }).click();
    await page.getByRole("status").filter({ hasText: "Copied." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), embed);
    // A case with predict mode: its handout, verdict hidden.
    await page.getByRole("combobox", { name: "Case" }).selectOption({ label: "The Algiers Accords" });
    await page.getByRole("checkbox", { name: /Predict first/ }).check();
    const predictLink = await page.getByRole("textbox", { name: "Link", exact: true }).inputValue();
    assert.equal(predictLink, `${build.server.url}handout/case-algiers-1981.html#predict`);
    const handout = await openPage(build.browser, predictLink);
    assert.equal(await handout.page.getByRole("heading", { name: "What the model makes of it" }).isVisible(), false);
    await handout.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("terms link to the glossary where they first appear, and the glossary passes axe", async () => {
    const main = await openPage(build.browser, build.server.url, { bypassCSP: true });
    const terms = main.page.locator("#app a.term");
    const hrefs = await terms.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length >= 5, `${hrefs.length} terms linked`);
    for (const href of hrefs) assert.match(href, /^glossary\.html#[a-z-]+$/);
    const first = terms.first();
    const id = (await first.getAttribute("href")).split("#")[1];
    await main.context.close();
    const { page, context } = await openKit(`glossary.html#${id}`, { bypassCSP: true });
    assert.equal(await page.locator(`dt#${id}`).count(), 1, "the term is in the glossary");
    for (const href of hrefs) assert.equal(await page.locator(`dt#${href.split("#")[1]}`).count(), 1, href);
    assert.deepEqual(await axeViolations(page), []);
    for (const scheme of ["dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(page), [], scheme);
    }
    await context.close();
  });

  test("the model's notes and the accessibility report are pages that pass axe", async () => {
    for (const [path, heading] of [
      ["model.html", /model/i],
      ["accessibility.html", /Accessibility/],
    ]) {
      for (const colorScheme of ["light", "dark"]) {
        const { page, context, problems } = await openKit(path, { colorScheme, bypassCSP: true });
        assert.match(await readText(page.getByRole("heading", { level: 1 })), heading, path);
        assert.deepEqual(await axeViolations(page), [], `${path}, ${colorScheme}`);
        assert.deepEqual(problems, [], path);
        await context.close();
      }
    }
    const { page, context } = await openKit("accessibility.html");
    // Every WCAG 2.1 A and AA criterion, each marked with one of the VPAT's terms.
    const rows = page.locator(".report-table tbody tr");
    assert.equal(await rows.count(), 50);
    const terms = new Set(await page.locator(".report-table tbody td.conformance").allInnerTexts());
    for (const term of terms) assert.ok(["Supports", "Partially Supports", "Does Not Support", "Not Applicable"].includes(term), term);
    await context.close();
  });
});

describe("the one-page handout", () => {
  test("each handout carries the map of the sixteen scenarios, its own square outlined and named, its score on it", async () => {
    const { page, context } = await openKit("handout/scenario-00.html");
    for (const file of ["scenario-00.html", "case-jcpoa-2015.html", "case-libya-2003.html"]) {
      await page.goto(`${build.server.url}handout/${file}`);
      const map = page.getByRole("table", { name: "All sixteen scenarios at a glance" });
      assert.equal(await map.locator("td.map-square").count(), 16, file);
      const mine = map.locator("td.is-current");
      assert.equal(await mine.count(), 1, `${file}: one square outlined`);
      const score = (await page.locator(".handout-outcome").innerText()).match(/Score (\d+) of 100/)[1];
      assert.equal(await mine.locator(".map-points").innerText(), score, `${file}: the outlined square has the handout's score`);
      assert.match(await mine.innerText(), /Your scenario/, `${file}: and says so in words`);
      // The map gives the answer away, so a worksheet printed in predict mode leaves it out.
      assert.match(await map.locator("xpath=ancestor::figure").getAttribute("class"), /\banswer\b/);
    }
    await context.close();
  });

  test("the explainer links to the handout of the reader's scenario", async () => {
    const { page, context } = await openKit("");
    await appReady(page);
    const link = page.getByRole("link", { name: /Print, cite or compare/ });
    assert.equal(await link.getAttribute("href"), "handout/scenario-00.html");
    await page.locator(".panel [role=switch]").first().click();
    await settled(page);
    assert.equal(await link.getAttribute("href"), "handout/scenario-10.html");
    await caseButton(page, /Libya/).click();
    await settled(page);
    assert.equal(await link.getAttribute("href"), "handout/case-libya-2003.html");
    await context.close();
  });

  test("every case's handout, and the longest scenario's, print on exactly one page of A4 and of Letter", async () => {
    const scenarios = (await readdir(join(DIST, "handout"))).filter((f) => f.startsWith("scenario-"));
    const sizes = await Promise.all(scenarios.map(async (f) => [(await stat(join(DIST, "handout", f))).size, f]));
    const longest = sizes.sort((a, b) => b[0] - a[0])[0][1];
    const pages = [...CASES.map((id) => `case-${id}.html`), longest, "scenario-00.html"];
    const { page, context } = await openKit("handout/scenario-00.html");
    for (const file of pages) {
      await page.goto(`${build.server.url}handout/${file}`);
      await page.locator("#qr svg").waitFor();
      for (const format of ["A4", "Letter"]) {
        const pdf = await page.pdf({ format });
        assert.equal(pdfPages(pdf), 1, `${file} on ${format}`);
      }
    }
    // In black and white too: the print stylesheet needs no colour to carry the scenario.
    await page.emulateMedia({ media: "print" });
    const marks = await page.locator(".handout-inputs td").allInnerTexts();
    assert.ok(marks.every((t) => /^[●○] /.test(t)), "each switch's state is a symbol and a word");
    await context.close();
  });

  test("printed in predict mode, a handout is a one-page worksheet: the question, boxes to tick, lines to write on, no answer", async () => {
    const { page, context } = await openKit("handout/scenario-00.html");
    for (const file of ["case-good-friday-1998.html#predict", "scenario-00.html#predict"]) {
      await page.goto(`${build.server.url}handout/${file}`);
      await page.locator("#qr svg").waitFor();
      await page.emulateMedia({ media: "print" });
      assert.ok(await page.getByRole("heading", { name: "Predict, then reveal" }).isVisible(), `${file}: the question prints`);
      assert.equal(await page.getByRole("radio").count(), 4, "a box for each outcome");
      for (const radio of await page.getByRole("radio").all()) assert.ok(await radio.isVisible());
      assert.ok(await page.locator(".predict .write-lines").isVisible(), "lines to write on");
      assert.ok(!(await page.locator(".handout-outcome").isVisible()), "no answer on the worksheet");
      assert.ok(!(await page.getByRole("link", { name: "Reveal the model's verdict" }).isVisible()), "no button on paper");
      // Back to the page's own media: a PDF is drawn with the print stylesheet.
      await page.emulateMedia({ media: null });
      for (const format of ["A4", "Letter"]) assert.equal(pdfPages(await page.pdf({ format })), 1, `${file} on ${format}`);
    }
    await context.close();
  });

  test("a case's handout carries its discussion questions and the full reference of every source its coding cites", async () => {
    const { page, context } = await openKit("handout/case-good-friday-1998.html");
    const questions = page.getByRole("region", { name: "Questions on this case" }).getByRole("listitem");
    assert.ok((await questions.count()) >= 2, "the case's questions");
    const teachers = await (await fetch(`${build.server.url}teachers.html`)).text();
    for (const q of await questions.allTextContents()) {
      assert.ok(teachers.includes(q.trim().slice(0, 40).replace(/&/g, "&amp;")), `the teachers' page asks it too: ${q}`);
    }
    const references = (await page.locator(".handout-references li").allTextContents()).join("\n");
    // Every source the coding table links to has its full reference, with its address, on paper.
    const linked = await page.locator(".coding-table .inline-sources a").evaluateAll((links) => links.map((a) => a.href));
    assert.ok(linked.length >= 5);
    for (const href of new Set(linked)) {
      if (href.startsWith("https://responsiblestatecraft.org/")) continue; // the article, under Sources
      assert.ok(references.includes(href), `a full reference for ${href}`);
    }
    assert.ok(references.includes("Pruitt, Dean G."), "a source without a link has its reference too");
    await context.close();
  });

  test("its QR code, decoded from the printed rendering, opens the same scenario", async () => {
    for (const [file, query] of [
      ["scenario-35.html", null],
      ["case-good-friday-1998.html", "good-friday-1998"],
    ]) {
      const { page, context, problems } = await openKit(`handout/${file}`);
      await page.locator("#qr svg").waitFor();
      await page.emulateMedia({ media: "print" });
      const address = await decodeQr(page);
      assert.ok(address, `${file}: the QR code decodes`);
      assert.equal(address, await page.locator("#scenario-link").getAttribute("href").then((h) => new URL(h, page.url()).href));
      const switchesOnHandout = await page.locator(".handout-inputs tbody tr").evaluateAll((rows) => rows.map((r) => r.classList.contains("is-on")));
      const opened = await openPage(build.browser, address);
      await appReady(opened.page);
      if (query) {
        assert.match(await readText(opened.page.locator(".preset-button[aria-pressed=true]")), /Good Friday/);
      } else {
        // scenario-35: conditions 0b0011 (the last two), context 0b0101.
        const states = await switchStates(opened.page);
        assert.deepEqual(
          states.slice(0, 4).map((s) => s.endsWith("true")),
          switchesOnHandout.slice(0, 4),
          `the explainer opens with the handout's switches: ${states}`,
        );
        const context = await opened.page.locator(".context-switches [role=switch]").evaluateAll((els) => els.map((el) => el.getAttribute("aria-checked") === "true"));
        assert.deepEqual(context, switchesOnHandout.slice(4), "and its context factors");
      }
      assert.deepEqual(opened.problems, []);
      assert.deepEqual(problems, [], `${file}: no console problems under the site's CSP`);
      await opened.context.close();
      await context.close();
    }
  });

  test("predict, then reveal: the verdict stays hidden until a guess, then the guess is compared, from the keyboard", async () => {
    // January 2020: the model gives drift towards confrontation.
    const { page, context, problems } = await openKit("handout/case-maximum-pressure-2020.html#predict");
    await page.locator("#qr svg").waitFor();
    const verdict = page.getByRole("heading", { name: "What the model makes of it" });
    assert.equal(await verdict.isVisible(), false, "the verdict is hidden");
    assert.equal(await page.locator(".handout-outcome").isVisible(), false, "so is the outcome");
    assert.equal(await page.locator(".case-card .answer").first().isVisible(), false, "and the case's own outcome");
    assert.equal(await page.locator(".coding-table").isVisible(), true, "the case's coding is there to reason from");
    // Reveal without a guess: asked to choose first, nothing shown.
    await page.getByRole("link", { name: "Reveal the model's verdict" }).click();
    assert.match(await readText(page.getByRole("status").filter({ hasText: /Choose/ })), /Choose the outcome you expect first/);
    assert.equal(await verdict.isVisible(), false);
    // Choose with the keyboard: the radio group, then the reveal link.
    await page.getByRole("radio", { name: "Partial or interim deal" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("link", { name: "Reveal the model's verdict" }).focus();
    await page.keyboard.press("Enter");
    await verdict.waitFor({ state: "visible" });
    const said = await readText(page.locator("#predict-result"));
    assert.match(said, /You expected “Partial or interim deal”; the model gives “Drift towards confrontation”, a less hopeful outcome/);
    assert.equal(await page.evaluate(() => document.activeElement.id), "verdict-heading", "focus moves to the verdict");
    assert.deepEqual(problems, []);
    await context.close();

    // Without scripts the reveal is a link to the verdict, which leaves #predict and shows it.
    const plain = await openKit("handout/scenario-00.html#predict", { javaScriptEnabled: false });
    const plainVerdict = plain.page.getByRole("heading", { name: "What the model makes of it" });
    assert.equal(await plainVerdict.isVisible(), false);
    await plain.page.getByRole("link", { name: "Reveal the model's verdict" }).click();
    await plainVerdict.waitFor({ state: "visible" });
    await plain.context.close();

    // Opened without #predict, the handout shows everything and offers the mode.
    const normal = await openKit("handout/scenario-00.html");
    assert.equal(await normal.page.getByRole("heading", { name: "What the model makes of it" }).isVisible(), true);
    assert.equal(await normal.page.getByRole("radio").first().isVisible(), false);
    await normal.page.getByRole("link", { name: /Predict first/ }).click();
    assert.equal(await normal.page.getByRole("heading", { name: "What the model makes of it" }).isVisible(), false);
    await normal.context.close();
  });

  test("cite this scenario: APA, MLA, Chicago and BibTeX, each with the link and today's date, and a copy button that says so", async () => {
    const { page, context, problems } = await openKit("handout/scenario-35.html");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator("#qr svg").waitFor();
    const address = new URL(await page.locator("#scenario-link").getAttribute("href"), page.url()).href;
    const now = new Date();
    const month = now.toLocaleString("en-GB", { month: "long" });
    const iso = now.toISOString().slice(0, 10);
    const expected = {
      apa: `Retrieved ${month} ${now.getDate()}, ${now.getFullYear()}`,
      mla: `Accessed ${now.getDate()} ${month.length > 4 ? month.slice(0, 3) + "." : month} ${now.getFullYear()}`,
      chicago: `Accessed ${month} ${now.getDate()}, ${now.getFullYear()}`,
      bibtex: `urldate = {${iso}}`,
    };
    for (const [style, date] of Object.entries(expected)) {
      const text = await readText(page.locator(`#cite-${style}`));
      assert.ok(text.includes(address), `${style} names the scenario's link: ${text}`);
      assert.ok(text.includes(date), `${style} gives the access date: ${text}`);
      assert.match(text, /Model version 2\b/, `${style} names the model version`);
    }
    await page.getByRole("button", { name: "Copy APA" }).click();
    await assert.doesNotReject(page.getByRole("status").filter({ hasText: "Copied the APA citation." }).waitFor());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(address) && copied.includes(expected.apa), copied);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("compare fits a 320 px phone without sideways scrolling, and still says in words which switches differ", async () => {
    const { page, context } = await openKit("compare.html?a=00&b=f0", { viewport: { width: 320, height: 800 } });
    await page.locator("#verdict-b").filter({ hasText: /\S/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, "no sideways scroll");
    const differing = page.locator(".compare-table tr.is-different th[scope=row]");
    assert.equal(await differing.count(), 4);
    const mark = await differing.first().evaluate((th) => getComputedStyle(th, "::after").content);
    assert.match(mark, /differs/, "the difference in words, not colour alone");
    await context.close();
  });

  test("compare two scenarios: the differing switches, both verdicts, and the switch that changes the outcome", async () => {
    // Pinned from a handout: the 2020 assessment (nothing on).
    const { page, context, problems } = await openKit("handout/scenario-00.html");
    await page.getByRole("link", { name: "Compare this scenario with another" }).click();
    await page.waitForURL(/compare\.html\?a=00/);
    const result = page.locator("#compare-result");
    assert.match(await readText(result), /The two scenarios are the same/);
    // A switch that changes the outcome on its own is named, with its reason: here the points
    // (30) carry the score out of drift; the ripeness gate did not hold the pinned one down.
    await page.getByRole("checkbox", { name: "No better alternative (Second scenario)" }).check();
    assert.equal(await page.locator("tr.is-different").count(), 1);
    assert.match(
      await readText(result),
      /^No better alternative: setting it as in the second scenario changes the pinned one from “Drift towards confrontation” to “Crisis-management channel only”, because it moves the score from 0 to 30/m,
    );
    assert.match(await readText(page.locator("#verdict-b")), /Crisis-management channel only \(score 30\)/);
    // Two more differences: each is weighed on its own against the pinned scenario.
    await page.getByRole("checkbox", { name: "Concessions (Second scenario)" }).check();
    await page.getByRole("checkbox", { name: "Quiet channels (Second scenario)" }).check();
    assert.equal(await page.locator("tr.is-different").count(), 3);
    const said = await readText(result);
    assert.match(said, /^Quiet channels: .* to “Crisis-management channel only”, because /m);
    assert.match(said, /^Concessions: /m);
    // The comparison is in the link, and opens again the same.
    assert.match(page.url(), /compare\.html\?a=00&b=32$/);
    const again = await openKit(`compare.html?a=00&b=32`);
    assert.equal(await again.page.locator("tr.is-different").count(), 3);
    await again.context.close();
    // A gate that held the pinned scenario down, opened by the difference.
    const gate = await openKit("compare.html?a=bf&b=ff");
    assert.match(await readText(gate.page.locator("#compare-result")), /^Both can declare victory: .* to “Comprehensive settlement”, because it opens the Face-saving gate\.$/m);
    await gate.context.close();
    // A difference that changes nothing.
    const none = await openKit("compare.html?a=ff&b=7f");
    assert.match(await readText(none.page.locator("#compare-result")), /None of the differences changes the outcome on its own: Comprehensive settlement either way/);
    await none.context.close();
    // A hostile or malformed link: a working page, both scenarios read as nothing on.
    const bad = await openKit(`compare.html?a=<script>&b=zz`);
    assert.match(await readText(bad.page.locator("#compare-result")), /The two scenarios are the same/);
    assert.deepEqual(bad.problems, []);
    await bad.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the kit stays off the explainer's first load", async () => {
    const { page, context } = await openKit("");
    await appReady(page);
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    for (const name of ["kit.css", "qrcode.js", "handout.js", "teachers.html"]) {
      assert.ok(!loaded.some((url) => url.endsWith(name)), `${name} is not fetched`);
    }
    assert.ok((await readFile(join(DIST, "qrcode.js"), "utf8")).length > 0);
    await context.close();
  });
});

// A reader in late 2026 checks how current the explainer is and where its claims come from: the
// review date and covered period by the credit and the verdict, the model's version, the public
// corrections list, and the dated 2026 events with links to reporting. Links are checked for
// shape, not fetched (the tests run offline).

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { appReady, openPage, readText, servedBuild, openExplainer, caseButton } from "./harness.mjs";

const build = servedBuild();

// What the content says, read from the data the build compiles in, so the test follows a review.
const review = readFileSync(resolve(import.meta.dirname, "../../content/review.toml"), "utf8");
const field = (key) => review.match(new RegExp(`^${key} = "([^"]+)"`, "m"))[1];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const inWords = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const REVIEWED = inWords(field("last_reviewed"));
const COVERED = inWords(field("covered_until"));
const VERSION = field("model_version");

const isLink = (href) => {
  try {
    const url = new URL(href);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
};

const open = (options) => openExplainer(build, "", options);

describe("how current the explainer is, and where its claims come from", () => {
  test("the credit line and the verdict give the review date, the covered period and the model version", async () => {
    const { page, context, problems } = await open();
    const credit = await readText(page.locator(".masthead .credit"));
    assert.match(credit, new RegExp(`Last reviewed ${REVIEWED}`));
    assert.match(credit, new RegExp(`covers events up to ${COVERED}`));

    const byVerdict = page.locator(".verdict .model-version");
    const text = await readText(byVerdict);
    assert.match(text, new RegExp(`Model version ${VERSION}\\b`));
    assert.match(text, new RegExp(`Last reviewed ${REVIEWED}`));
    const corrections = byVerdict.getByRole("link", { name: "Corrections and updates" });
    assert.equal(await corrections.getAttribute("href"), "#corrections");
    await corrections.click();
    await page.waitForFunction(() => location.hash === "#corrections");
    assert.ok(await page.locator("#corrections").isVisible(), "the link leads to the corrections list");
    // The sources are laid out only near the window (content-visibility: auto), and the link
    // still lands on the heading, not somewhere an estimate put it.
    await page.waitForFunction(() => {
      const top = document.getElementById("corrections").getBoundingClientRect().top;
      return top >= 0 && top < innerHeight / 2;
    });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the corrections list is dated, newest first, and names the current model version", async () => {
    const { page, context } = await open();
    const heading = page.getByRole("heading", { name: "Corrections and updates" });
    await heading.waitFor();
    const dates = await page.locator("ul.corrections > li > time").evaluateAll((times) =>
      times.map((t) => t.getAttribute("datetime")),
    );
    assert.ok(dates.length >= 1, "at least one entry");
    for (const date of dates) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
    assert.equal(dates[0], field("last_reviewed"), "the newest entry is from the last review");
    assert.match(await readText(page.locator("ul.corrections")), new RegExp(`model version ${VERSION}\\b`));
    await context.close();
  });

  test("the 2026 step gives the dated events since the piece, each linked to reporting, and says what is not known", async () => {
    const { page, context } = await open();
    const step = page.locator("#step-phase-2026");
    assert.match(await readText(step.getByRole("heading", { level: 2 })), /The 2026 piece/);
    const since = step.locator(".since");
    await since.getByRole("heading", { name: "What has happened since" }).waitFor();
    const events = since.locator("ol.events > li");
    const count = await events.count();
    assert.ok(count >= 5, `${count} events since the piece`);
    const seen = [];
    for (let i = 0; i < count; i++) {
      const event = events.nth(i);
      const when = await event.locator("time").getAttribute("datetime");
      assert.match(when, /^2026(-\d{2}){0,2}$/, "dated in 2026");
      seen.push(when);
      const hrefs = await event.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      assert.ok(hrefs.length >= 1, `the event of ${when} links to its source`);
      for (const href of hrefs) assert.ok(isLink(href), `${href} is a web link`);
    }
    assert.deepEqual(seen, [...seen].sort(), "oldest first");
    for (const date of ["2026-02-28", "2026-03-01"]) assert.ok(seen.includes(date), `the events of ${date}`);
    assert.ok(seen.at(-1) <= field("covered_until"), "no event after the covered period");
    const words = await readText(since);
    assert.match(words, /reported differently/i, "says what is reported differently");
    assert.match(words, /no reliable reporting after/i, "says that later events could not be checked");
    assert.match(words, new RegExp(`covers events up to ${COVERED}`));
    await context.close();
  });

  test("the April ceasefire and the June memorandum are there, with the memorandum's conflicting reports named", async () => {
    const { page, context } = await open();
    const events = page.locator("#since ol.events > li");
    const april = events.filter({ has: page.locator('time[datetime^="2026-04"]') }).filter({ hasText: /ceasefire/ });
    assert.ok((await april.count()) >= 1, "an April 2026 event names the ceasefire");
    assert.match(await readText(april.first()), /two-week ceasefire/);
    const june = events.filter({ has: page.locator('time[datetime^="2026-06"]') }).filter({ hasText: /memorandum of understanding/ });
    assert.equal(await june.count(), 1, "one June 2026 event gives the memorandum");
    const memo = await readText(june);
    assert.match(memo, /Accounts of its signing differ/);
    assert.match(memo, /17 June/);
    assert.match(memo, /18 June/);
    assert.ok((await june.getByRole("link").count()) >= 2, "the memorandum's event cites at least two reports");
    // What is not known says how the reports conflict: the date, the text, the blockade, the strait.
    const unknown = await readText(page.locator("#since > p", { hasText: "What is not known" }));
    for (const conflict of [/17 or 18 June/, /what its text says/, /blockade/, /Strait of Hormuz/]) {
      assert.match(unknown, conflict);
    }
    // The arc in brief links to the events it sums up.
    const arc = page.locator("#since ol.arc a");
    assert.ok((await arc.count()) >= 5, "the arc has a line per phase");
    for (const href of await arc.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      assert.equal(await page.locator(href).count(), 1, `${href} is an event`);
    }
    // The 2026 step reads the memorandum through the article's conditions, as a reading.
    const reading = await readText(page.locator("#since"));
    assert.match(reading, /read through the 2020 article's conditions/);
    assert.match(reading, /This is the explainer's reading, not a finding/);
    await context.close();
  });

  test("the embed, a handout and the teachers' page give the same review date and covered period", async () => {
    const line = new RegExp(`Last reviewed ${REVIEWED}; covers events up to ${COVERED}`);
    for (const path of ["?embed=1", "handout/scenario-00.html", "handout/case-jcpoa-2015.html", "teachers.html"]) {
      const { page, context } = await openPage(build.browser, `${build.server.url}${path}`);
      assert.match(await readText(page.locator("body")), line, path);
      if (path === "?embed=1") {
        assert.ok(await page.locator(".credit .review-line").isVisible(), "the embed's credit shows it");
        assert.ok(!(await page.locator(".stand").isVisible()), "the compact embed leaves the note to the full page");
      }
      if (path === "teachers.html") {
        const words = await readText(page.locator("body"));
        assert.match(words, /later events could not be checked/, "the cautions say what could not be checked");
        assert.match(words, /Bridge to the news/, "the lesson bridges to the 2026 events");
      }
      await context.close();
    }
  });

  test("on a phone, where things stand is dated and on the first screen, linked to the events since", async () => {
    const { page, context } = await open({ viewport: { width: 375, height: 667 } });
    const note = page.getByRole("complementary", { name: "Where things stand" });
    const box = await note.boundingBox();
    assert.ok(box && box.y < 667, `the note starts within the first screen (at ${box?.y} px)`);
    const dateline = note.locator("time");
    assert.equal(await dateline.getAttribute("datetime"), field("covered_until"));
    assert.match(await readText(dateline), new RegExp(COVERED));
    assert.match(await readText(note), /Later events could not be checked/);
    const link = note.getByRole("link");
    assert.equal(await link.getAttribute("href"), "#since");
    // The switches stay within reach under it.
    const toggle = page.getByRole("switch", { name: /No better alternative/ });
    const toggleBox = await toggle.boundingBox();
    assert.ok(toggleBox && toggleBox.y + toggleBox.height <= 667, "the first switch is on the first screen too");
    await context.close();
  });

  test("every dated event and every case coding names a source, linked where it is on the web", async () => {
    const { page, context } = await open();
    const events = page.locator(".timeline ol.events > li");
    const count = await events.count();
    assert.ok(count >= 20, `${count} dated events`);
    for (let i = 0; i < count; i++) {
      assert.ok((await events.nth(i).locator(".inline-sources cite").count()) >= 1, `event ${i + 1} is sourced`);
    }
    const cases = page.locator(".preset-button");
    for (let i = 0; i < (await cases.count()); i++) {
      await cases.nth(i).click();
      const rows = page.locator(".case-card.is-chosen .coding-table tbody tr");
      assert.equal(await rows.count(), 8);
      for (let r = 0; r < 8; r++) {
        assert.ok((await rows.nth(r).locator(".inline-sources cite").count()) >= 1, `case ${i + 1}, row ${r + 1}`);
      }
    }
    await context.close();
  });

  test("the January 2020 case tells the reader which call decides its outcome", async () => {
    const { page, context } = await open();
    await caseButton(page, /January 2020: maximum pressure/).click();
    const row = page.locator(".case-card.is-chosen .coding-table tbody tr", { hasText: "Quiet channels" });
    assert.match(await readText(row), /decides the outcome/);
    assert.match(await readText(row), /crisis-management channel instead of drift/);
    await context.close();
  });

  test("without JavaScript the dates, the version and the events since are all in the page", async () => {
    const { page, context } = await openPage(build.browser, build.server.url, { javaScriptEnabled: false });
    // Text in the page, whether or not it is laid out yet (the sources are laid out only near
    // the window).
    const text = await page.locator("main").textContent();
    assert.match(text, new RegExp(`Last reviewed ${REVIEWED}`));
    assert.match(text, new RegExp(`Model version ${VERSION}\\b`));
    assert.match(text, /What has happened since/);
    assert.match(text, /Corrections and updates/);
    await context.close();
  });
});

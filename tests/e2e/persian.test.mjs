// The Persian edition, /fa/ (content/fa/, content/languages.toml): right to left, in Persian
// digits, working by pointer and keyboard, linked both ways with the English edition, readable
// without scripts.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { appReady, axeViolations, openExplainer, openPage, readText, servedBuild, settled, tabTo } from "./harness.mjs";

const build = servedBuild();
const open = (path = "", options) => openExplainer(build, `fa/${path}`, options);

// The words a Persian reader sees (content/fa/conditions.toml, outcomes.toml, site.toml).
const CONDITIONS = ["نبودِ جایگزین بهتر", "امتیازدهی", "اعلام پیروزی برای هر دو", "توازن قدرت"];
const OUTCOME = { drift: "لغزش به سوی رویارویی", crisis: "فقط مجرای مدیریت بحران", settlement: "توافق جامع" };
const MAP = "هر شانزده سناریو در یک نگاه";

const panelSwitch = (page, name) => page.locator(".panel").getByRole("switch", { name, exact: true });
const verdict = async (page) => {
  await settled(page);
  return readText(page.locator(".verdict-outcome"));
};

/** Text a reader reads with a Latin digit in it, outside Latin names (isolated, or marked as
 *  English) and addresses (`translate="no"`). */
function latinDigits(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("script, style, [translate=no], [lang=en], [hidden]")) continue;
      // Latin runs are isolated (U+2068 … U+2069) by the build: what is inside is a name.
      const text = node.textContent.replace(/\u2068[^\u2069]*\u2069/g, "");
      const digit = text.match(/.{0,20}[0-9].{0,20}/);
      if (digit && getComputedStyle(el).display !== "none") found.push(digit[0]);
    }
    return found;
  });
}

describe("the Persian edition", () => {
  test("is Persian and right to left, says who translated it, and links to the English page", async () => {
    const { page, context, problems } = await open();
    assert.equal(await page.getAttribute("html", "lang"), "fa");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    // A line in Persian and in English, which opens to the whole note.
    const note = page.getByRole("complementary", { name: "دربارهٔ این ترجمه" });
    assert.match(await note.innerText(), /هنوز بازبینی‌نشده · Translated by the explainer's team, not yet reviewed/);
    await note.locator("summary").click();
    assert.match(await note.innerText(), /هنوز ویراستاری فارسی‌زبان آن را بازبینی نکرده است/);
    assert.match(await note.locator("p[lang=en]").innerText(), /not yet been reviewed by a native-speaking editor/);
    const english = page.getByRole("navigation", { name: "زبان" }).getByRole("link", { name: "English" });
    assert.equal(await english.getAttribute("lang"), "en");
    assert.equal(await english.getAttribute("hreflang"), "en");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the switches, the verdict, the narrative and the map work by pointer", async () => {
    const { page, context } = await open();
    assert.equal(await verdict(page), OUTCOME.drift);
    await panelSwitch(page, CONDITIONS[1]).click();
    assert.equal(await verdict(page), OUTCOME.crisis);
    assert.match(await readText(page.locator("#narrative")), /[\u0600-\u06ff]/, "the narrative is in Persian");
    const map = page.getByRole("grid", { name: MAP });
    assert.equal(await map.locator(".map-cell").count(), 16);
    const all = map.locator(".map-cell").nth(10);
    await all.click();
    await settled(page);
    for (const name of CONDITIONS) {
      assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "true", name);
    }
    assert.equal(await verdict(page), OUTCOME.settlement);
    // The squares' points and the score in Persian digits.
    assert.match(await map.locator(".map-points").first().innerText(), /^[۰-۹]+$/);
    await context.close();
  });

  test("and by keyboard: the map's arrow keys follow the page's direction", async () => {
    const { page, context } = await open();
    // The step bar's arrows point the way the argument goes, and the meter starts on the right.
    for (const selector of [".step-next span", "svg.meter"]) {
      const transform = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).transform);
      assert.match(transform, /^matrix\(-1, /, `${selector} is mirrored`);
    }
    const map = page.getByRole("grid", { name: MAP });
    await tabTo(page, map.locator("[tabindex='0']"));
    const label = () => page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    const first = await label();
    // Right to left, the next square is to the left.
    await page.keyboard.press("ArrowLeft");
    assert.notEqual(await label(), first);
    assert.match(await label(), new RegExp(CONDITIONS[3]), "one square on, parity is on");
    await page.keyboard.press("Enter");
    await settled(page);
    assert.equal(await panelSwitch(page, CONDITIONS[3]).getAttribute("aria-checked"), "true");
    await context.close();
  });

  test("prose, labels and accessible names use Persian digits, before and after a change", async () => {
    const { page, context } = await open();
    assert.deepEqual(await latinDigits(page), []);
    await panelSwitch(page, CONDITIONS[0]).click();
    await panelSwitch(page, CONDITIONS[1]).click();
    await settled(page);
    assert.deepEqual(await latinDigits(page), []);
    const names = await page.locator("[aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    assert.deepEqual(names.filter((n) => /[0-9]/.test(n.replace(/\u2068[^\u2069]*\u2069/g, ""))), []);
    await context.close();
  });

  test("fits 320 px without sideways scrolling, and passes axe in light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page, context } = await open("", { viewport: { width: 320, height: 640 }, colorScheme });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, colorScheme);
      assert.deepEqual(await axeViolations(page), [], colorScheme);
      await context.close();
    }
  });

  test("the language switch keeps the scenario, both ways, and hreflang pairs point at each other", async () => {
    const { page, context } = await open();
    await panelSwitch(page, CONDITIONS[1]).click();
    await settled(page);
    await page.waitForFunction(() => location.search.includes("concessions"), null, { timeout: 5000 });
    await page.getByRole("link", { name: "English" }).click();
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).getAttribute("aria-checked"), "true");
    await page.locator(".panel").getByRole("switch", { name: "Parity of power", exact: true }).click();
    await settled(page);
    await page.waitForFunction(() => location.search.includes("parity"), null, { timeout: 5000 });
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "فارسی" }).click();
    await appReady(page);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await panelSwitch(page, CONDITIONS[1]).getAttribute("aria-checked"), "true");
    assert.equal(await panelSwitch(page, CONDITIONS[3]).getAttribute("aria-checked"), "true");
    // Each page names both editions, and each edition names the other.
    const alternates = async (path) => {
      await page.goto(build.server.url + path);
      return page.locator("link[rel=alternate][hreflang]").evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.hreflang, new URL(l.href).pathname])),
      );
    };
    const root = new URL(build.server.url).pathname;
    for (const path of ["", "case-jcpoa-2015.html"]) {
      const en = await alternates(path);
      const fa = await alternates(`fa/${path}`);
      assert.deepEqual(en, fa, path);
      assert.deepEqual(en, { en: `${root}${path}`, fa: `${root}fa/${path}`, "x-default": `${root}${path}` }, path);
    }
    assert.equal(await page.getAttribute("meta[property='og:locale']", "content"), "fa_IR");
    await context.close();
  });

  test("without scripts the Persian page reads whole, and its switch and links work", async () => {
    const { page, context } = await openPage(build.browser, `${build.server.url}fa/`, { javaScriptEnabled: false });
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await page.getByRole("heading", { level: 1, name: "دیپلماسی میان آمریکا و ایران چه زمانی می‌تواند موفق شود؟" }).waitFor();
    for (const name of CONDITIONS) assert.equal(await panelSwitch(page, name).getAttribute("aria-checked"), "false", name);
    assert.equal(await readText(page.locator(".verdict-outcome")), OUTCOME.drift);
    assert.ok((await readText(page.locator("#narrative"))).length > 100, "the narrative is there");
    assert.ok((await page.locator("main").textContent()).length > 40000, "every step, case and source is in the page");
    assert.deepEqual(await latinDigits(page), []);
    const map = page.locator("#scenario-map");
    assert.equal(await map.locator(".map-cell").count(), 16, "the map, pre-rendered");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL((url) => !url.pathname.includes("/fa/"));
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await context.close();
  });

  test("dated events carry the Solar Hijri date beside the Gregorian one", async () => {
    const { page, context } = await open();
    const dates = await page.locator("#step-phase-2026 time").allTextContents();
    const hijri = /\([۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) ۱[۳۴][۰-۹]{2}\)/;
    assert.ok(dates.some((d) => hijri.test(d)), dates.join(" | "));
    // 14 June 2026 is 24 Khordad 1405.
    assert.ok(dates.some((d) => d.includes("۲۴ خرداد ۱۴۰۵")), dates.join(" | "));
    await context.close();
  });

  test("quotations are translated, and the note on the translation leads to each beside its English original", async () => {
    const { page, context } = await open();
    const note = page.getByRole("complementary", { name: "دربارهٔ این ترجمه" });
    await note.locator("summary").click();
    await note.getByRole("link", { name: "نقل‌قول‌ها و اصل انگلیسی آن‌ها" }).click();
    await page.waitForFunction(() => location.hash === "#quotations");
    const items = page.locator("ol.quotations li");
    assert.ok((await items.count()) > 20, "every quotation of the content");
    // "no full war, no peace", the 2020 article's words, beside their translation.
    const item = items.filter({ hasText: "no full war, no peace" });
    assert.equal(await item.count(), 1);
    assert.equal(await item.locator("q").first().innerText(), "نه جنگ تمام‌عیار، نه صلح");
    assert.equal(await item.locator("[lang=en]").innerText(), "“no full war, no peace”");
    // Numbered in Persian digits.
    assert.equal(await items.first().evaluate((li) => getComputedStyle(li.parentElement).listStyleType), "persian");
    await context.close();
  });

  test("a Persian reader is told which pages are in English", async () => {
    const { page, context } = await open();
    const teachers = page.locator(".masthead").getByRole("link", { name: /برای معلمان/ });
    assert.match(await teachers.innerText(), /به انگلیسی/);
    assert.equal(await teachers.getAttribute("hreflang"), "en");
    const response = await page.request.get(new URL(await teachers.getAttribute("href"), page.url()).href);
    assert.equal(response.status(), 200, "it leads to the English teachers' page");
    for (const kit of ["accessibility.html", "model.html", "glossary.html"]) {
      await page.goto(`${build.server.url}fa/${kit}`);
      assert.equal(await page.getAttribute("html", "dir"), "rtl", kit);
      const persian = (await page.locator("main").innerText()).match(/[\u0600-\u06ff]/g) ?? [];
      assert.ok(persian.length > 500, `${kit} is in Persian`);
    }
    await context.close();
  });
});

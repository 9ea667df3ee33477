// A page and a share card per case, and the oEmbed answers. Share-card crawlers and CMSs run no
// scripts: each case's own page (case-<id>.html) must carry its title, description and image in
// its HTML, with the case's switches set, and each page must point to an oEmbed answer that a
// CMS can paste. Once scripts run, a case page is the live explainer on that case.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { DIST, DIST_PUBLISH, MODEL_VERSION, PUBLIC_URL, launchBrowser, servedAt, startServer, readText } from "./harness.mjs";

let app, published, browser;
let cases = [];

before(async () => {
  app = await startServer({ headers: true });
  published = await startServer({ root: DIST_PUBLISH, headers: true });
  browser = await launchBrowser();
  cases = (await readdir(DIST))
    .map((f) => /^case-(.+)\.html$/.exec(f)?.[1])
    .filter(Boolean)
    .sort();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await published?.close();
});

/** What a crawler reads: the page's head, with JavaScript off. */
async function head(tab) {
  return tab.evaluate(() => {
    const meta = (key) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.content ?? null;
    return {
      title: document.title,
      description: meta("description"),
      ogTitle: meta("og:title"),
      ogDescription: meta("og:description"),
      ogImage: meta("og:image"),
      ogImageAlt: meta("og:image:alt"),
      twitterImage: meta("twitter:image"),
      oembed: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.href ?? null,
      oembedTitle: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.title ?? null,
    };
  });
}

const panelSwitches = (tab) =>
  tab.locator(".panel .switches").first().getByRole("switch").evaluateAll((els) =>
    els.map((el) => `${el.textContent.trim()}=${el.getAttribute("aria-checked")}`),
  );

/** A PNG's width and height, from its header; fails if `bytes` is no PNG. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "a PNG file");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

async function fetchOk(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url} is served`);
  return response;
}

/** Checks an oEmbed answer as a CMS reads it; returns it. */
async function checkOembed(url, { title, query }) {
  const response = await fetchOk(servedAt(url, published));
  const body = await response.text();
  const answer = JSON.parse(body);
  assert.equal(answer.type, "rich");
  assert.equal(answer.version, "1.0");
  assert.equal(answer.title, title);
  assert.equal(answer.provider_name, "News Example", "the publisher's name");
  assert.equal(answer.provider_url, PUBLIC_URL);
  // Every address in a published answer is absolute, at the public address.
  for (const address of [...body.matchAll(/(?:src|href)=\\?"([^"\\]+)/g)].map((m) => m[1]).concat(answer.thumbnail_url)) {
    assert.ok(address.startsWith(PUBLIC_URL), `${address} is absolute`);
  }
  for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) {
    assert.ok(Number.isInteger(answer[key]) && answer[key] > 0, `${key}: ${answer[key]}`);
  }
  assert.ok(answer.height <= 640, `a starting height for the compact embed (${answer.height})`);
  const html = answer.html;
  const iframe = /<iframe src="([^"]+)" title="([^"]+)"[^>]*loading="lazy"[^>]*><\/iframe>/.exec(html);
  assert.ok(iframe, `an iframe with a title, loaded lazily: ${html}`);
  const src = new URL(iframe[1].replace(/&amp;/g, "&"), url);
  assert.equal(src.search.slice(1), query, "the compact embed of this page's scenario");
  assert.match(html, /<script src="[^"]*embed\.js" async><\/script>/, "the host script");
  const noscript = /<noscript><img src="([^"]+)" alt="([^"]+)"/.exec(html);
  assert.ok(noscript, "a fallback image for pages without scripts");
  assert.equal(new URL(noscript[1], url).href, new URL(answer.thumbnail_url, url).href, "the fallback is the thumbnail");
  const image = Buffer.from(await (await fetchOk(servedAt(answer.thumbnail_url, published))).arrayBuffer());
  assert.deepEqual(pngSize(image), [answer.thumbnail_width, answer.thumbnail_height]);
  return answer;
}

describe("a page per case", () => {
  test("every case has its page, with its own title, description and image in the HTML", async () => {
    assert.equal(cases.length, 9, `one page per case: ${cases.join(", ")}`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(published.url);
    const main = await head(tab);
    const titles = new Set();
    for (const id of cases) {
      const url = `${published.url}case-${id}.html`;
      await tab.goto(url);
      const meta = await head(tab);
      // The case's name, as its button (pressed on its own page) gives it.
      const name = (await readText(tab.locator('.preset-button[aria-pressed="true"] .preset-name'))).trim();
      assert.ok(meta.title.startsWith(name), `${id}: the title names the case (${meta.title})`);
      assert.equal(meta.ogTitle, meta.title);
      assert.ok(meta.description.startsWith(name) && meta.description !== main.description, `${id}: its own description`);
      assert.equal(meta.ogDescription, meta.description);
      assert.equal(meta.ogImage, `${PUBLIC_URL}img/case-${id}.png`, `${id}: its own share image`);
      assert.equal(meta.twitterImage, meta.ogImage);
      assert.ok(meta.ogImageAlt.startsWith(name), `${id}: the image's alt text names the case`);
      const image = Buffer.from(await (await fetchOk(servedAt(meta.ogImage, published))).arrayBuffer());
      assert.deepEqual(pngSize(image), [1200, 630], `${id}: a 1200×630 share card`);
      titles.add(meta.title);
      assert.equal(await tab.locator(`#case-${id}`).getAttribute("class"), "case-card is-chosen", `${id}: its write-up is the chosen one`);
    }
    assert.equal(titles.size, cases.length, "no two case pages share a title");
    await context.close();
  });

  test("with JavaScript off a case page shows the case's switches; once live it stays on them", async () => {
    const off = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const on = await (await browser.newContext({ reducedMotion: "reduce" })).newPage();
    for (const id of cases) {
      // The case as the main page shows it when a link loads it: the reference.
      await on.goto(`${app.url}?preset=${id}`);
      await on.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
      const expected = await panelSwitches(on);
      await off.goto(`${app.url}case-${id}.html`);
      assert.deepEqual(await panelSwitches(off), expected, `${id}: the switches are set in the HTML`);
      await on.goto(`${app.url}case-${id}.html`);
      await on.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
      assert.deepEqual(await panelSwitches(on), expected, `${id}: the live page opens on the case`);
    }
    // The address of a case page stays clean on its case and records a change.
    await on.waitForTimeout(400);
    assert.equal(new URL(on.url()).search, "", "no query while the page shows its own case");
    const id = cases.at(-1);
    const first = on.locator(".panel").getByRole("switch").first();
    await first.click();
    await on.waitForFunction(() => location.search.length > 1);
    const changed = await panelSwitches(on);
    await on.reload();
    await on.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
    assert.deepEqual(await panelSwitches(on), changed, `${id}: a reload keeps the reader's change`);
    await on.context().close();
    await off.context().close();
  });

  test("on a phone, a case page names its case on the first screen, linked to its write-up", async () => {
    const tab = await (await browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
    for (const id of cases) {
      await tab.goto(`${app.url}case-${id}.html`);
      await tab.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
      const banner = tab.locator(".case-banner");
      const box = await banner.boundingBox();
      assert.ok(box && box.y < 667 - 160, `${id}: the case is named above the switch bar (at ${box?.y} px)`);
      const link = banner.getByRole("link");
      const name = await tab.locator(`#case-${id} h4`).evaluate((h) => h.childNodes[0].textContent.trim());
      assert.ok((await link.textContent()).startsWith(name), `${id}: the banner names the case (${name})`);
      assert.equal(await link.getAttribute("href"), `#case-${id}`);
    }
    // The main page names no case.
    await tab.goto(app.url);
    assert.equal(await tab.locator(".case-banner").count(), 0);
    await tab.context().close();
  });

  test("the teachers' page is linked from the first screen", async () => {
    const tab = await (await browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
    await tab.goto(app.url);
    const link = tab.locator(".masthead").getByRole("link", { name: "For teachers" });
    assert.equal(await link.getAttribute("href"), "teachers.html");
    const box = await link.boundingBox();
    assert.ok(box && box.y + box.height < 667, `on the first screen (at ${box?.y} px)`);
    await tab.context().close();
  });

  test("the link to the full explainer on a case leads to the case's own page", async () => {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(`${app.url}?embed=1&preset=jcpoa-2015`);
    await tab.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
    const href = await tab.getByRole("link", { name: "Open the full explainer" }).getAttribute("href");
    assert.equal(href, `${app.url}case-jcpoa-2015.html`);
    await tab.context().close();
  });
});

describe("oEmbed", () => {
  test("the main page and every case page point to a valid oEmbed answer", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(published.url);
    let meta = await head(tab);
    assert.equal(meta.oembed, `${PUBLIC_URL}oembed.json`);
    await checkOembed(meta.oembed, { title: meta.oembedTitle, query: `embed=1&v=${MODEL_VERSION}` });
    for (const id of cases) {
      await tab.goto(`${published.url}case-${id}.html`);
      meta = await head(tab);
      assert.equal(meta.oembed, `${PUBLIC_URL}oembed-${id}.json`);
      assert.equal(meta.oembedTitle, meta.title);
      await checkOembed(meta.oembed, { title: meta.title, query: `preset=${id}&embed=1&v=${MODEL_VERSION}` });
    }
    await context.close();
  });

  test("the Persian edition's pages point to Persian oEmbed answers, at the edition's own address", async () => {
    const FA = `${PUBLIC_URL}fa/`;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const page of ["", ...cases.map((id) => `case-${id}.html`)]) {
      await tab.goto(`${published.url}fa/${page}`);
      assert.equal(await tab.getAttribute("html", "lang"), "fa", page);
      const meta = await head(tab);
      assert.match(meta.title, /[\u0600-\u06ff]/, `${page}: a Persian title`);
      assert.ok(meta.oembed.startsWith(FA), `${page}: ${meta.oembed}`);
      const body = await (await fetchOk(servedAt(meta.oembed, published))).text();
      const answer = JSON.parse(body);
      assert.equal(answer.type, "rich");
      assert.equal(answer.title, meta.oembedTitle, page);
      for (const address of [...body.matchAll(/(?:src|href)=\\?"([^"\\]+)/g)].map((m) => m[1]).concat(answer.thumbnail_url)) {
        assert.ok(address.startsWith(PUBLIC_URL), `${address} is absolute`);
      }
      const iframe = /<iframe src="([^"]+)" title="([^"]+)"/.exec(answer.html);
      assert.ok(new URL(iframe[1].replace(/&amp;/g, "&")).pathname.endsWith("/fa/"), `${page}: the Persian embed`);
      assert.match(iframe[2], /[\u0600-\u06ff]/, `${page}: the frame's title in Persian`);
      assert.ok(answer.thumbnail_url.startsWith(`${FA}img/`), `${page}: the fallback image`);
      await fetchOk(servedAt(answer.thumbnail_url, published));
    }
    await context.close();
  });

  test("the embed code of an oEmbed answer works in a host page", async () => {
    const answer = JSON.parse(await (await fetchOk(`${published.url}oembed-good-friday-1998.json`)).text());
    // The published build's addresses, served by the test server.
    const html = answer.html.replaceAll(PUBLIC_URL, published.url);
    const routes = { "/article.html": { type: "text/html; charset=utf-8", body: `<!doctype html><title>Article</title><p>Before.</p>${html}<p>After.</p>` } };
    const host = await startServer({ extraRoutes: routes });
    const tab = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await tab.goto(`${host.origin}/article.html`);
    const frame = await (await tab.locator("iframe").elementHandle()).contentFrame();
    await frame.waitForFunction(() => document.getElementById("app-loading")?.hidden === true);
    assert.match(await readText(frame.locator(".panel-case")), /Good Friday/);
    const end = Date.now() + 10_000;
    let height;
    while (Date.now() < end) {
      height = await tab.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      if (Math.abs(height - content) <= 2) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok(height <= 640, `the host script sized the frame to the compact embed (${height} px)`);
    await tab.context().close();
    await host.close();
  });
});

describe("published, or not", () => {
  test("a build without a public address publishes no oEmbed answer and no share-image address", async () => {
    const files = await readdir(DIST);
    assert.deepEqual(files.filter((f) => /^oembed.*\.json$/.test(f)), [], "no oEmbed answers");
    const tab = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    for (const path of ["", "case-jcpoa-2015.html"]) {
      await tab.goto(`${app.url}${path}`);
      const meta = await head(tab);
      assert.equal(meta.oembed, null, `${path || "index"}: no oEmbed discovery link`);
      assert.equal(meta.ogImage, null, "no og:image");
      assert.equal(meta.twitterImage, null, "no twitter:image");
      assert.ok(meta.title && meta.description, "the page keeps its title and description");
    }
    await tab.context().close();
  });

  test("a build for publishing has only absolute addresses, a canonical link and the publisher's name", async () => {
    const tab = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    for (const id of ["", ...cases.map((c) => `case-${c}.html`)]) {
      await tab.goto(`${published.url}${id}`);
      const meta = await head(tab);
      const page = `${PUBLIC_URL}${id}`;
      assert.equal(await tab.locator('link[rel="canonical"]').getAttribute("href"), page);
      assert.equal(await tab.locator('meta[property="og:url"]').getAttribute("content"), page);
      for (const address of [meta.ogImage, meta.twitterImage, meta.oembed]) {
        assert.ok(address?.startsWith(PUBLIC_URL), `${id || "index"}: ${address} is absolute`);
      }
      assert.match(await readText(tab.locator(".masthead .credit")), /Published by News Example\./);
    }
    await tab.context().close();
  });
});


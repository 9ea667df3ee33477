// A news page on another origin embeds the explainer: the embed code the explainer offers (an
// iframe with ?embed=1 and the host script embed.js), the fixed-height code for pages that allow
// no scripts, and the postMessage protocol both ways (docs/EMBED.md). The explainer is served
// with the headers from its own dist/_headers, so its policy must allow the framing.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { CONDITIONS, MODEL_VERSION as VERSION, launchBrowser, startServer } from "./harness.mjs";

const TITLE = "Interactive explainer: when can US–Iran diplomacy succeed?";

let app, host, browser;

// Before any other script on the host page: keeps every message the page receives, noting
// whether it came from the explainer's frame, and every iran-diplomacy:* DOM event.
const RECORDER = `<script>
  window.__messages = [];
  window.__events = [];
  addEventListener("message", function (e) {
    var frame = document.getElementById("explainer");
    __messages.push({ data: e.data, origin: e.origin, fromExplainer: !!frame && e.source === frame.contentWindow });
  });
  ["ready", "statechange", "stepchange", "resize"].forEach(function (name) {
    document.addEventListener("iran-diplomacy:" + name, function (e) {
      __events.push({ type: e.type, target: e.target.id, detail: e.detail });
    });
  });
</script>`;

/** A host page: an article with `embed` in the middle; the explainer's URL is filled in. */
function hostPage(embed, head = "") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<link rel="icon" href="data:,">${RECORDER}${head}</head><body>
<h1>A news article</h1><p>Paragraphs before the explainer.</p>
${embed}
<p>Paragraphs after the explainer.</p></body></html>`;
}

/** The explainer's iframe the way the explainer's "Copy embed code" writes it. */
const iframe = (query, height = 900, id = "explainer") =>
  `<iframe id="${id}" src="${app.url}?${query}" title="${TITLE}" style="width:100%;height:${height}px;border:0" loading="lazy" data-iran-diplomacy-explainer></iframe>`;
const hostScript = (extra = "") => `<script src="${app.url}embed.js"${extra}></script>`;

const PAGES = {
  // The responsive embed code: the iframe, then the host script, loaded async.
  "/responsive.html": () => hostPage(`${iframe("embed=1")}\n${hostScript(" async")}`),
  // The same with Pym.js's childId in the URL, as a Pym parent writes it.
  "/pym.html": () => hostPage(`${iframe("embed=1&childId=abc")}\n${hostScript(" async")}`),
  // The host script first (in the head) and twice, so no event can come before it listens.
  // The full embed (embed=full), which has steps to report.
  "/api.html": () => hostPage(`${iframe("embed=full")}<iframe id="other" title="Another widget" srcdoc="<p>Another widget</p>"></iframe>`, hostScript() + hostScript()),
  // The fixed-height code for pages that allow no scripts: no host script at all.
  "/fixed.html": () => hostPage(`<iframe id="explainer" src="${app.url}?embed=1" title="${TITLE}" style="width:100%;height:680px;border:0" loading="lazy"></iframe>`),
  // The compact embed with the host API.
  "/api-compact.html": () => hostPage(iframe("embed=1"), hostScript()),
  // Embeds made under the first model version, the current one, a future one and a malformed one.
  "/v-old.html": () => hostPage(iframe("embed=1&v=1"), hostScript()),
  "/v-current.html": () => hostPage(iframe(`embed=1&v=${VERSION}`), hostScript()),
  "/v-future.html": () => hostPage(iframe(`embed=1&v=${VERSION + 1}`), hostScript()),
  "/v-malformed.html": () => hostPage(iframe("embed=1&v=two"), hostScript()),
  // WordPress, given the explainer's address in a post: it keeps only the oEmbed frame's src,
  // width, height and title, drops the script, sandboxes the frame without allow-same-origin (an
  // opaque origin), adds `#?secret=…` to its address and hides it until its own height message
  // arrives, which its listener (wp-embed) applies, clamped to 200–1000 px.
  "/wordpress.html": () =>
    hostPage(
      `<iframe id="explainer" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position:absolute;clip:rect(1px,1px,1px,1px)" title="${TITLE}" src="${app.url}?embed=1&v=${VERSION}#?secret=Xy12abCD34" data-secret="Xy12abCD34" width="640" height="600" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`,
      `<style>iframe { max-width: 100%; }</style>
<script>
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || !(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      frame.removeAttribute("style");
      if (data.message === "height") {
        var height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        frame.height = height;
      }
    }
  });
</script>`,
    ),
};

before(async () => {
  app = await startServer({ headers: true });
  const routes = {};
  host = await startServer({ extraRoutes: routes });
  assert.notEqual(new URL(host.origin).port, new URL(app.origin).port, "the host page is on another origin");
  for (const [path, page] of Object.entries(PAGES)) routes[path] = { type: "text/html; charset=utf-8", body: page() };
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** Opens a host page and waits until the explainer in its frame has mounted. */
async function openHost(path, contextOptions = {}) {
  const context = await browser.newContext({ reducedMotion: "reduce", ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(host.origin + path);
  const frameElement = page.locator("#explainer");
  await page.frameLocator("#explainer").locator("#app-loading").waitFor({ state: "hidden" });
  const frame = await (await frameElement.elementHandle()).contentFrame();
  return { context, page, frame, frameElement, problems };
}

const iframeHeight = (page) => page.locator("#explainer").evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => document.documentElement.scrollHeight);
const switchState = (frame, name) =>
  frame.locator(".panel").getByRole("switch", { name, exact: true }).getAttribute("aria-checked");
const allSwitches = async (frame) => Promise.all(CONDITIONS.map((name) => switchState(frame, name)));
const messagesFromExplainer = (page) => page.evaluate(() => __messages.filter((m) => m.fromExplainer).map((m) => m.data));
const events = (page, name) => page.evaluate((type) => __events.filter((e) => e.type === type), `iran-diplomacy:${name}`);

/** Waits until `check()` is true, polling; fails with `what` after `ms`. */
async function until(check, what, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`timed out waiting until ${what}`);
}

/** Waits until the iframe is as tall as the explainer's content (within 2 px); returns it. */
async function fitted(page, frame) {
  let last;
  await until(async () => {
    const [outer, inner] = [await iframeHeight(page), await contentHeight(frame)];
    last = `iframe ${outer} px, content ${inner} px`;
    return Math.abs(outer - inner) <= 2;
  }, `the iframe fits its content (${last})`);
  return iframeHeight(page);
}

describe("the responsive embed code", () => {
  test("the iframe takes the content's height and grows when the content grows", async () => {
    const { context, page, frame, problems } = await openHost("/responsive.html");
    const first = await fitted(page, frame);
    assert.ok(first < 600, `the compact embed is shorter than the iframe's initial 600 px (${first})`);
    assert.equal(
      await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 2),
      true,
      "nothing is left to scroll inside the frame",
    );
    // Opening the context switches grows the content, and the iframe with it.
    await frame.locator(".panel-context summary").click();
    await until(async () => (await iframeHeight(page)) > first + 20, "the iframe grows");
    await fitted(page, frame);
    assert.deepEqual(problems, [], "no console errors or warnings on the host page or in the frame");
    await context.close();
  });

  test("a plain listener gets the height as ours, AMP's and Canvas's messages, and the ready message", async () => {
    const { context, page, frame } = await openHost("/responsive.html");
    const height = await fitted(page, frame);
    const messages = await messagesFromExplainer(page);
    const ours = messages.filter((m) => m?.source === "iran-diplomacy-explainer" && m.type === "height");
    assert.ok(ours.length >= 1, "our height messages arrive");
    for (const m of ours) assert.ok(Number.isInteger(m.height) && m.height > 0, `an integer height: ${JSON.stringify(m)}`);
    assert.ok(Math.abs(ours.at(-1).height - height) <= 2, "the last reported height is the content's");
    const last = ours.at(-1).height;
    assert.ok(messages.some((m) => m?.sentinel === "amp" && m.type === "embed-size" && m.height === last), "AMP's embed-size");
    assert.ok(messages.some((m) => m?.subject === "lti.frameResize" && m.height === last), "Canvas's lti.frameResize");
    assert.ok(!messages.some((m) => typeof m === "string" && m.startsWith("pym")), "no Pym message without childId");
    const ready = messages.filter((m) => m?.source === "iran-diplomacy-explainer" && m.type === "ready");
    assert.equal(ready.length, 1, "one ready message");
    assert.equal(typeof ready[0].state, "string");
    assert.equal(ready[0].step, "situation", "the embed starts on the first step");
    assert.ok((await page.evaluate(() => __messages)).every((m) => m.origin === app.origin), "every message comes from the explainer's origin");
    await context.close();
  });

  test("with childId in the URL, Pym.js's height message arrives too, with the same height", async () => {
    const { context, page, frame } = await openHost("/pym.html");
    const height = await fitted(page, frame);
    const pym = (await messagesFromExplainer(page)).filter((m) => typeof m === "string");
    assert.ok(pym.length >= 1, "Pym messages arrive");
    for (const m of pym) assert.match(m, /^pymxPYMxabcxPYMxheightxPYMx\d+$/);
    assert.ok(Math.abs(Number(pym.at(-1).split("xPYMx").at(-1)) - height) <= 2, "the last Pym height is the content's");
    await context.close();
  });
});

describe("the host API", () => {
  test("setState changes the switches in the frame; statechange, stepchange and getState report it", async () => {
    const { context, page, frame, problems } = await openHost("/api.html");
    await until(async () => (await events(page, "ready")).length === 1, "the ready event arrives");
    const [ready] = await events(page, "ready");
    assert.equal(ready.target, "explainer", "dispatched on the iframe element");
    assert.deepEqual(Object.keys(ready.detail).sort(), ["embeddedVersion", "modelVersion", "state", "step"]);
    assert.deepEqual(await allSwitches(frame), ["false", "false", "false", "false"]);

    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=concessions,alternative"));
    await until(async () => (await switchState(frame, "Concessions")) === "true", "Concessions is switched on in the frame");
    assert.deepEqual(await allSwitches(frame), ["true", "true", "false", "false"]);
    await until(async () => (await events(page, "statechange")).some((e) => /(^|&)on=alternative,concessions(&|$)/.test(e.detail.state)), "a statechange event with the new state");
    assert.equal(await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer"))), "on=alternative,concessions");

    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "?on=parity&step=verdict"));
    await until(async () => (await events(page, "stepchange")).some((e) => e.detail.step === "verdict"), "a stepchange event for the verdict");
    const step = (await events(page, "stepchange")).find((e) => e.detail.step === "verdict").detail;
    assert.ok(Number.isInteger(step.index) && step.index > 0 && step.total > step.index, JSON.stringify(step));
    assert.deepEqual(await allSwitches(frame), ["false", "false", "false", "true"]);

    // embed cannot be switched off from outside.
    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "embed=0&on=victory"));
    await until(async () => (await switchState(frame, "Both can declare victory")) === "true", "the scenario part applies");
    assert.equal(await frame.evaluate(() => document.documentElement.classList.contains("embed")), true, "still in embed mode");

    // The host script is included twice: each message still makes exactly one DOM event.
    const stateMessages = (await messagesFromExplainer(page)).filter((m) => m?.type === "stateChanged").length;
    assert.equal((await events(page, "statechange")).length, stateMessages, "one statechange event per message");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a host gets exactly one stateChanged per change of the switches or case, and none for a step", async () => {
    const { context, page, frame, problems } = await openHost("/api.html");
    await until(async () => (await events(page, "ready")).length === 1, "the ready event arrives");
    const posted = async (type) => (await messagesFromExplainer(page)).filter((m) => m?.type === type).length;
    const settle = () => new Promise((ok) => setTimeout(ok, 600));
    await settle();
    const start = await posted("stateChanged");

    await frame.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).click();
    await until(async () => (await posted("stateChanged")) === start + 1, "one stateChanged for a click");
    await settle();
    assert.equal(await posted("stateChanged"), start + 1, "a click posts exactly one");

    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=parity"));
    await until(async () => (await switchState(frame, "Parity of power")) === "true", "setState applies");
    await settle();
    assert.equal(await posted("stateChanged"), start + 2, "a setState that changes the switches posts exactly one");

    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=parity"));
    await settle();
    assert.equal(await posted("stateChanged"), start + 2, "a setState that changes nothing posts none");

    const steps = await posted("stepChanged");
    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=parity&step=verdict"));
    await until(async () => (await posted("stepChanged")) === steps + 1, "a stepChanged for the new step");
    await settle();
    assert.equal(await posted("stateChanged"), start + 2, "a step change posts no stateChanged");

    const answer = await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer")));
    assert.equal(answer, "on=parity&step=verdict");
    assert.equal(await posted("stateChanged"), start + 3, "getState is answered by one stateChanged");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("malformed messages and messages from a window other than the parent are ignored", async () => {
    const { context, page, frame, problems } = await openHost("/api.html");
    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=concessions"));
    await until(async () => (await switchState(frame, "Concessions")) === "true", "the starting scenario is set");
    const before = await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer")));

    await page.evaluate((origin) => {
      const target = document.getElementById("explainer").contentWindow;
      const host = "iran-diplomacy-host";
      for (const message of [
        null,
        "on=parity",
        ["setState", "on=parity"],
        { type: "setState", state: "on=parity" },
        { source: "someone-else", type: "setState", state: "on=parity" },
        { source: host, type: "setstate", state: "on=parity" },
        { source: host, type: "setState" },
        { source: host, type: "setState", state: 42 },
        { source: host, type: "setState", state: { on: "parity" } },
      ]) {
        target.postMessage(message, origin);
      }
      // A well-formed command, but from a sibling frame, not from the parent.
      const sibling = document.getElementById("other").contentWindow;
      const script = sibling.document.createElement("script");
      script.textContent = `parent.document.getElementById("explainer").contentWindow.postMessage({ source: "${host}", type: "setState", state: "on=parity,victory" }, "${origin}"); window.posted = true;`;
      sibling.document.body.append(script);
      if (!sibling.posted) throw new Error("the sibling frame did not post");
    }, app.origin);
    await page.waitForTimeout(500);
    // Messages from one window arrive in order: the answer comes after all of the above.
    const after = await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer")));
    assert.equal(after, before, "the state did not change");
    assert.deepEqual(await allSwitches(frame), ["false", "true", "false", "false"]);
    assert.deepEqual(problems, [], "no console errors in the host page or the frame");
    await context.close();
  });

  test("the host script ignores heights that are absurd or come from anywhere but the frame's own window", async () => {
    const { context, page, frame, problems } = await openHost("/api.html");
    const height = await fitted(page, frame);
    const resizes = (await events(page, "resize")).length;
    // From inside the explainer's frame: well-shaped, but impossible heights.
    await frame.evaluate(() => {
      for (const height of [Infinity, -Infinity, NaN, -5, 0, 1e9, "500", null]) {
        parent.postMessage({ source: "iran-diplomacy-explainer", type: "height", height }, "*");
      }
    });
    // From the host page itself, which is no iframe, and from another iframe on the page, whose
    // window is not at the origin of any src.
    await page.evaluate(() => postMessage({ source: "iran-diplomacy-explainer", type: "height", height: 321 }, "*"));
    await page.locator("#other").evaluate((el) => {
      const script = el.contentDocument.createElement("script");
      script.textContent = 'parent.postMessage({ source: "iran-diplomacy-explainer", type: "height", height: 654 }, "*");';
      el.contentDocument.body.append(script);
    });
    await page.waitForTimeout(300);
    assert.equal(await iframeHeight(page), height, "the explainer's iframe kept its height");
    assert.equal((await events(page, "resize")).length, resizes, "no resize event");
    assert.notEqual(await page.locator("#other").evaluate((el) => el.getBoundingClientRect().height), 654);
    // The same channel with a sane height does resize: the checks above could have failed.
    await frame.evaluate(() => parent.postMessage({ source: "iran-diplomacy-explainer", type: "height", height: 777 }, "*"));
    await until(async () => (await iframeHeight(page)) === 777, "a sane height is applied");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the API refuses an element that is not an iframe: setState throws, getState rejects", async () => {
    const { context, page } = await openHost("/api.html");
    const error = await page.evaluate(() => {
      try {
        IranDiplomacyExplainer.setState(document.body, "on=parity");
        return null;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    });
    assert.match(error, /^TypeError: .*iframe/);
    const rejection = await page.evaluate(() =>
      IranDiplomacyExplainer.getState(document.body).then(
        () => null,
        (e) => `${e.name}: ${e.message}`,
      ),
    );
    assert.match(rejection, /^TypeError: .*iframe/);
    await context.close();
  });
});

describe("the fixed-height embed code, without the host script", () => {
  test("the iframe keeps its height and the explainer works inside it", async () => {
    const { context, page, frame, problems } = await openHost("/fixed.html");
    await frame.locator(".panel").getByRole("switch", { name: "Parity of power", exact: true }).click();
    assert.equal(await switchState(frame, "Parity of power"), "true");
    await page.waitForTimeout(300);
    assert.equal(await iframeHeight(page), 680, "nothing resizes it");
    assert.equal(await page.evaluate(() => typeof window.IranDiplomacyExplainer), "undefined");
    assert.ok((await contentHeight(frame)) <= 680, "the compact embed fits the fixed height");
    assert.equal(await frame.getByRole("link", { name: "Open the full explainer" }).count(), 1, "the link back is there");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("in the compact embed a step in a host's setState is kept but never reported", async () => {
    const { context, page, frame, problems } = await openHost("/api-compact.html");
    await until(async () => (await events(page, "ready")).length === 1, "the ready event arrives");
    await page.evaluate(() => IranDiplomacyExplainer.setState(document.getElementById("explainer"), "on=parity&step=verdict"));
    await until(async () => (await switchState(frame, "Parity of power")) === "true", "setState applies");
    await page.waitForTimeout(500);
    assert.equal((await messagesFromExplainer(page)).filter((m) => m?.type === "stepChanged").length, 0, "no stepChanged");
    assert.equal(await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer"))), "on=parity&step=verdict");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("an embed made under an older model says the model has changed, and only then", async () => {
    assert.ok(VERSION >= 2, "the model has had a version before this one");
    for (const [path, changed, embedded] of [
      ["/v-old.html", true, 1],
      ["/v-current.html", false, VERSION],
      ["/v-future.html", false, VERSION],
      ["/v-malformed.html", false, VERSION],
    ]) {
      const { context, page, frame, problems } = await openHost(path);
      const note = frame.locator(".credit .model-changed-note");
      assert.equal(await note.isVisible(), changed, `${path}: the note is ${changed ? "shown" : "hidden"}`);
      if (changed) {
        assert.match(await note.innerText(), /The model has changed since this was embedded: what changed\./);
        const link = note.getByRole("link", { name: "what changed" });
        assert.equal(await link.getAttribute("target"), "_blank", "it opens outside the frame");
        assert.equal(new URL(await link.evaluate((a) => a.href)).hash, "#corrections");
      }
      // A host reads both versions through getState.
      const answer = await page.evaluate(() =>
        IranDiplomacyExplainer.getState(document.getElementById("explainer"), { versions: true }),
      );
      assert.deepEqual(answer, { state: "", modelVersion: VERSION, embeddedVersion: embedded }, path);
      assert.equal(typeof (await page.evaluate(() => IranDiplomacyExplainer.getState(document.getElementById("explainer")))), "string");
      await until(async () => (await events(page, "ready")).length === 1, "the ready event arrives");
      const ready = (await events(page, "ready"))[0];
      assert.equal(ready?.detail.modelVersion, VERSION, `${path}: the ready event carries the model's version`);
      assert.equal(ready?.detail.embeddedVersion, embedded);
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  });

  test("no link in the compact embed navigates its frame", async () => {
    const { context, page, frame, problems } = await openHost("/v-old.html");
    const links = frame.locator("a[href]:visible");
    assert.ok((await links.count()) >= 3, "the article, the full explainer and what changed");
    for (const link of await links.all()) {
      const href = await link.getAttribute("href");
      if (href.startsWith("#")) continue;
      assert.equal(await link.getAttribute("target"), "_blank", `${href} opens outside the frame`);
    }
    // Following the article's link opens a tab; the explainer stays in the article.
    const before = frame.url();
    const [tab] = await Promise.all([
      context.waitForEvent("page"),
      frame.getByRole("link", { name: /Under What Conditions Can Diplomacy/ }).click(),
    ]);
    await tab.close();
    assert.equal(frame.url(), before, "the frame did not navigate");
    // The verdict's chip leads to its reasoning: the full explainer's verdict step, in a tab.
    const [why] = await Promise.all([
      context.waitForEvent("page"),
      frame.locator(".panel").getByRole("link", { name: /why this verdict/ }).click(),
    ]);
    assert.match(why.url(), /\/#step-verdict$/);
    await why.close();
    assert.equal(frame.url(), before, "the frame did not navigate");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("WordPress, given the explainer's address", () => {
  test("the sandboxed frame starts and is sized by WordPress's own height message", async () => {
    const { context, page, frame, problems } = await openHost("/wordpress.html", { viewport: { width: 375, height: 800 } });
    const explainer = page.locator("#explainer");
    await until(async () => (await explainer.getAttribute("style")) === null, "WordPress shows the frame");
    await until(async () => Number(await explainer.getAttribute("height")) !== 600, "WordPress sizes the frame");
    const height = Number(await explainer.getAttribute("height"));
    assert.ok(height >= 250 && height <= 720, `sized to the compact embed (${height} px)`);
    assert.ok(Math.abs(height - (await contentHeight(frame))) <= 2, "as tall as its content");
    // It works: the interactive part started in the sandbox, and a switch answers.
    assert.ok(!(await frame.locator("#app-failed").isVisible()), "no start-up failure");
    await frame.locator(".panel").getByRole("switch", { name: "Concessions", exact: true }).click();
    assert.equal(await switchState(frame, "Concessions"), "true");
    assert.deepEqual(problems, []);
    await context.close();
  });
});


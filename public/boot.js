// Before the WebAssembly app starts, turn a failed load into a visible message instead of a
// blank page. Once the app has mounted it hides #app-loading itself, and a Rust panic hook shows
// #app-failed; this script only covers what happens before Rust code can run.
(function () {
  "use strict";
  var root = document.documentElement;
  // Scripts run: the stylesheet can show the controls as working (see `.js` in main.css).
  root.classList.add("js");
  // Embed mode, its options and a forced theme apply before the first paint, to the
  // pre-rendered page too, so nothing jumps when the app takes over. The app reads the same
  // parameters by the rules of src/link/mod.rs, and this follows them wherever they decide these
  // settings: the first 4096 bytes, cut back to a whole parameter; names and words in ASCII
  // case only; the same spaces trimmed. tests/page-settings.json holds the queries on which
  // both are checked (tests/link.rs, tests/e2e/boot.test.mjs).
  var query = location.search.slice(1);
  if (query.length > 4096) {
    query = query.slice(0, query.charAt(4096) === "&" ? 4096 : Math.max(0, query.lastIndexOf("&", 4095)));
  }
  // Rust's `char::is_whitespace` (JavaScript's `trim` also takes U+FEFF and not U+0085).
  var SPACE = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  function word(text) {
    return text.replace(SPACE, "").replace(/[A-Z]+/g, function (upper) {
      return upper.toLowerCase();
    });
  }
  function param(name) {
    var pairs = query.split("&");
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split("=");
      var key = pair[0];
      var value = pair.slice(1).join("=");
      try {
        key = decodeURIComponent(key.replace(/\+/g, " "));
        value = decodeURIComponent(value.replace(/\+/g, " "));
      } catch (e) {
        // Malformed escapes: compared as written, so simply not a known word.
      }
      if (word(key) === name) return word(value);
    }
    return null;
  }
  var YES = /^(|1|true|yes|on)$/;
  var NO = /^(0|false|no|off)$/;
  var embed = param("embed");
  if (embed === "full" || (embed !== null && YES.test(embed))) {
    root.classList.add("embed");
    if (embed === "full") root.classList.add("embed-full");
    var title = param("title");
    if (title !== null && NO.test(title)) root.classList.add("embed-no-title");
    var context = param("context");
    if (context !== null && YES.test(context)) {
      root.classList.add("embed-context");
      // The compact embed's context switches start open (the app renders them so too).
      document.addEventListener("DOMContentLoaded", function () {
        var details = document.querySelector(".panel-context");
        if (details) details.open = true;
      });
    }
  }
  // An embed made under an older model version (`v`, by the rules of `embedded_version` in
  // src/link/mod.rs) says so in its credit line. The page carries the current version.
  var version = param("v");
  var current = Number(root.getAttribute("data-model-version"));
  if (root.classList.contains("embed") && version !== null && /^[0-9]+$/.test(version)) {
    var v = Number(version);
    if (v >= 1 && v < current) root.classList.add("model-changed");
  }
  // In an embed, no link navigates the frame inside the host's article: every link to another
  // page opens in a new tab (links within the page stay as they are). Set on the pre-rendered
  // page, and again on each click for links the app writes later.
  function outward(a) {
    var href = a.getAttribute("href");
    if (!href || href.charAt(0) === "#" || a.getAttribute("target")) return;
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener");
  }
  if (root.classList.contains("embed")) {
    document.addEventListener("DOMContentLoaded", function () {
      var links = document.querySelectorAll("a[href]");
      for (var i = 0; i < links.length; i++) outward(links[i]);
    });
    document.addEventListener(
      "click",
      function (event) {
        var a = event.target.closest && event.target.closest("a[href]");
        if (!a) return;
        var href = a.getAttribute("href");
        // The compact embed shows none of the steps: a link into one (the verdict's chip leads
        // to its reasoning) opens the full explainer there, on the reader's scenario.
        if (href.charAt(0) === "#" && href.length > 1 && !root.classList.contains("embed-full")) {
          var full = document.querySelector(".embed-link a");
          if (full) {
            event.preventDefault();
            window.open(full.href.split("#")[0] + href, "_blank", "noopener");
          }
          return;
        }
        outward(a);
      },
      true
    );
  }
  // WordPress embeds an address pasted into a post in a sandboxed frame whose address ends with
  // `#?secret=…`, drops the embed code's script, and sizes the frame only by its own message,
  // { message: "height", value, secret }. Say the height that way too, from the first paint:
  // the page's own height, as the app reports it to other hosts.
  // WordPress keeps the frame hidden until the first message, and a hidden frame is not drawn,
  // so the height goes once the page is read and loaded, and then with every change.
  var secret = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash);
  if (secret && window.parent !== window) {
    var reported = 0;
    var reportHeight = function () {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (!height || height === reported) return;
      reported = height;
      window.parent.postMessage({ message: "height", value: height, secret: secret[1] }, "*");
    };
    document.addEventListener("DOMContentLoaded", reportHeight);
    window.addEventListener("load", reportHeight);
    if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(root);
  }
  var dark = param("dark");
  if (dark !== null && dark !== "auto" && (YES.test(dark) || NO.test(dark))) {
    root.setAttribute("data-theme", YES.test(dark) ? "dark" : "light");
  }
  // A link that carries a scenario: the pre-rendered page shows the article's 2020 assessment
  // until the app applies the link's own, so what depends on the scenario is faded (see
  // `.link-pending` in main.css; the app removes the class) and the loading notice says why.
  if (/[?&](on|ctx|preset|case)=/i.test(location.search)) {
    root.classList.add("link-pending");
    document.addEventListener("DOMContentLoaded", function () {
      var loading = document.getElementById("app-loading");
      if (loading) loading.textContent = loading.getAttribute("data-link");
    });
  }
  function failed() {
    var loading = document.getElementById("app-loading");
    // The app hides the loading notice once it has mounted: later errors are not start-up failures.
    if (!loading || loading.hidden) return;
    loading.hidden = true;
    var notice = document.getElementById("app-failed");
    if (notice) notice.hidden = false;
    // The link's scenario will not come: the 2020 view is what there is, shown at full contrast.
    root.classList.remove("link-pending");
  }
  // Capture phase: a script or module that fails to fetch fires "error" on its element,
  // which does not bubble; a failed WebAssembly fetch or compile rejects the loader's promise.
  window.addEventListener(
    "error",
    function (event) {
      var el = event.target;
      var tag = el && el.tagName;
      if (event instanceof ErrorEvent || tag === "SCRIPT") failed();
    },
    true
  );
  window.addEventListener("unhandledrejection", failed);

  // Taps before the app is live are kept, not lost. The pre-rendered page already shows the
  // switches, cases and the map's squares; a tap on one answers at once (a switch flips; a case
  // or square is marked as waiting) and is replayed on the same control of the live app when it
  // takes over: the pre-rendered and the live page have the same controls in the same order
  // (the map's are the very same nodes, which the app un-marks when it answers).
  var CONTROLS = '#app [role="switch"], #app .preset-button, #app .map-cell, #app .map-case';
  var early = [];
  function starting() {
    var loading = document.getElementById("app-loading");
    return loading && !loading.hidden;
  }
  function onEarlyTap(event) {
    if (!starting()) {
      // The app is live (or has failed): its own handlers take every tap from now on.
      document.removeEventListener("click", onEarlyTap, true);
      return;
    }
    var control = event.target.closest && event.target.closest(CONTROLS);
    if (!control) return;
    early.push(Array.prototype.indexOf.call(document.querySelectorAll(CONTROLS), control));
    if (control.getAttribute("role") === "switch") {
      control.setAttribute("aria-checked", control.getAttribute("aria-checked") === "true" ? "false" : "true");
    }
    control.classList.add("is-waiting");
    if (early.length === 1) watchForStart();
  }
  document.addEventListener("click", onEarlyTap, true);
  function watchForStart() {
    var loading = document.getElementById("app-loading");
    new MutationObserver(function (records, observer) {
      if (!loading.hidden) return;
      observer.disconnect();
      var failedNotice = document.getElementById("app-failed");
      if (failedNotice && !failedNotice.hidden) return;
      var controls = document.querySelectorAll(CONTROLS);
      var taps = early;
      early = [];
      for (var i = 0; i < taps.length; i++) if (controls[taps[i]]) controls[taps[i]].click();
    }).observe(loading, { attributes: true, attributeFilter: ["hidden"] });
  }

  // The "All steps" menu is a native <details>: it closes on Escape (focus back on its
  // summary), and when a click or the focus lands outside it. Listeners on the document, so they
  // work from the first paint and on the app's markup once it takes over.
  var MENU = "details.step-jump[open]";
  function closeMenus(except) {
    // Found by its id: a click or a focus change costs no search of the page.
    var menu = document.getElementById("step-menu");
    if (menu && menu.open && !menu.contains(except)) menu.open = false;
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = event.target.closest && event.target.closest(MENU);
    if (!menu) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  document.addEventListener("click", function (event) {
    closeMenus(event.target);
    // The language switch takes the reader's scenario, case and step (the address's query and
    // fragment, which the app keeps up to date) to the other edition.
    var edition = event.target.closest && event.target.closest(".language-switch a");
    if (edition) edition.href = edition.getAttribute("href").split(/[?#]/)[0] + location.search + location.hash;
  });
  document.addEventListener("focusout", function (event) {
    if (event.relatedTarget) closeMenus(event.relatedTarget);
  });
})();

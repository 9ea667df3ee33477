/*
 * Host-page script for the US–Iran diplomacy explainer (docs/EMBED.md).
 *
 * Include it once on a page that embeds the explainer in an <iframe>:
 *   - every iframe that runs the explainer is resized to its content's height, from the
 *     explainer's own "height" messages;
 *   - the explainer's "ready", "stateChanged" and "stepChanged" messages are re-dispatched on the
 *     iframe element as the DOM events "iran-diplomacy:ready", "iran-diplomacy:statechange" and
 *     "iran-diplomacy:stepchange" (and each resize as "iran-diplomacy:resize"), with the
 *     message's fields in event.detail;
 *   - window.IranDiplomacyExplainer.setState(iframe, "on=concessions,parity") sets the scenario
 *     in the frame, and .getState(iframe) asks for it (a Promise of the query string);
 *     .getState(iframe, { versions: true }) gives { state, modelVersion, embeddedVersion }:
 *     the model's version now and the one the embed code was made under (its `v`).
 *
 * A message is used only if it comes from one of this page's iframes, from the origin the
 * iframe's src points to, and has the explainer's exact shape. No dependencies, no modules,
 * nothing fetched; plain ES2017. Including it twice is harmless.
 */
(function () {
  "use strict";

  if (window.IranDiplomacyExplainer && window.IranDiplomacyExplainer.embedScript) return;

  var FROM_APP = "iran-diplomacy-explainer";
  var FROM_HOST = "iran-diplomacy-host";
  var EVENT_PREFIX = "iran-diplomacy:";
  // Heights outside this range are mistakes or mischief, never the explainer.
  var MIN_HEIGHT = 1;
  var MAX_HEIGHT = 100000;
  var GET_STATE_TIMEOUT_MS = 5000;

  // Which DOM event each of the explainer's message types becomes.
  var EVENTS = { ready: "ready", stateChanged: "statechange", stepChanged: "stepchange" };

  /** The origin an iframe's src attribute points to, or null if it has none we can use. */
  function srcOrigin(iframe) {
    var src = iframe.getAttribute("src");
    if (!src) return null;
    try {
      var origin = new URL(src, document.baseURI).origin;
      return origin && origin !== "null" ? origin : null;
    } catch (e) {
      return null;
    }
  }

  /** This page's iframe whose window sent a message, or null. */
  function frameOf(source) {
    if (!source) return null;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function dispatch(iframe, name, detail) {
    var event;
    try {
      event = new CustomEvent(EVENT_PREFIX + name, { bubbles: true, detail: detail });
    } catch (e) {
      event = document.createEvent("CustomEvent");
      event.initCustomEvent(EVENT_PREFIX + name, true, false, detail);
    }
    iframe.dispatchEvent(event);
  }

  function isIndex(n) {
    return typeof n === "number" && isFinite(n) && n >= 0 && Math.floor(n) === n;
  }

  /** `detail` with the message's model version, where it is a whole number. */
  function withVersions(detail, data) {
    if (isIndex(data.modelVersion)) detail.modelVersion = data.modelVersion;
    return detail;
  }

  /**
   * The model version the embed in `iframe` was made under: the `v` in its src, by the
   * explainer's rules (`embedded_version` in src/link/mod.rs), else `current`.
   */
  function embeddedVersion(iframe, current) {
    var query;
    try {
      query = new URL(iframe.getAttribute("src"), document.baseURI).search.slice(1);
    } catch (e) {
      return current;
    }
    if (query.length > 4096) {
      query = query.slice(0, query.charAt(4096) === "&" ? 4096 : Math.max(0, query.lastIndexOf("&", 4095)));
    }
    var pairs = query.split("&");
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split("=");
      var name = pair[0];
      var value = pair.slice(1).join("=");
      try {
        name = decodeURIComponent(name.replace(/\+/g, " "));
        value = decodeURIComponent(value.replace(/\+/g, " "));
      } catch (e) {
        // Malformed escapes: not a version.
      }
      if (name.trim().toLowerCase() !== "v") continue;
      value = value.trim();
      var v = Number(value);
      return /^[0-9]+$/.test(value) && v >= 1 && v < current ? v : current;
    }
    return current;
  }

  /** The event detail for a well-formed message from the explainer, or null. */
  function detailOf(data) {
    switch (data.type) {
      case "height":
        if (typeof data.height !== "number" || !isFinite(data.height)) return null;
        if (data.height < MIN_HEIGHT || data.height > MAX_HEIGHT) return null;
        return { height: Math.ceil(data.height) };
      case "stateChanged":
        return typeof data.state === "string" ? withVersions({ state: data.state }, data) : null;
      case "stepChanged":
        if (typeof data.step !== "string" || !isIndex(data.index) || !isIndex(data.total)) return null;
        return { step: data.step, index: data.index, total: data.total };
      case "ready":
        if (typeof data.state !== "string" || typeof data.step !== "string") return null;
        return withVersions({ state: data.state, step: data.step }, data);
      default:
        return null;
    }
  }

  // getState() calls waiting for their frame's next stateChanged message.
  var waiting = [];

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.source !== FROM_APP) return;
    var iframe = frameOf(event.source);
    if (!iframe || event.origin !== srcOrigin(iframe)) return;
    var detail = detailOf(data);
    if (!detail) return;
    if (data.type === "height") {
      iframe.style.height = detail.height + "px";
      dispatch(iframe, "resize", detail);
      return;
    }
    if (detail.modelVersion !== undefined) {
      detail.embeddedVersion = embeddedVersion(iframe, detail.modelVersion);
    }
    if (data.type === "stateChanged") {
      var still = [];
      for (var i = 0; i < waiting.length; i++) {
        if (waiting[i].iframe === iframe) waiting[i].resolve(waiting[i].versions ? detail : detail.state);
        else still.push(waiting[i]);
      }
      waiting = still;
    }
    dispatch(iframe, EVENTS[data.type], detail);
  }

  /** Posts a host message to the explainer in `iframe`, only to the origin of its src. */
  function post(iframe, message) {
    if (!iframe || !iframe.contentWindow || String(iframe.tagName).toLowerCase() !== "iframe") {
      throw new TypeError("IranDiplomacyExplainer: pass the <iframe> element that shows the explainer");
    }
    var origin = srcOrigin(iframe);
    if (!origin) throw new TypeError("IranDiplomacyExplainer: the iframe has no http(s) src");
    iframe.contentWindow.postMessage(message, origin);
  }

  window.addEventListener("message", onMessage);

  window.IranDiplomacyExplainer = {
    embedScript: 1,

    /**
     * Sets the scenario shown in `iframe` from a query string in the explainer's URL format,
     * e.g. "on=concessions,parity&ctx=verification&step=verdict" (a leading "?" is fine). The
     * explainer checks it like a URL; embed, dark and childId cannot be changed this way.
     */
    setState: function (iframe, query) {
      post(iframe, { source: FROM_HOST, type: "setState", state: String(query).replace(/^\?/, "") });
    },

    /**
     * Asks the explainer in `iframe` for its state. Returns a Promise of the query string (its
     * answer also fires "iran-diplomacy:statechange"); with `{ versions: true }`, a Promise of
     * { state, modelVersion, embeddedVersion }. Rejects after 5 s without an answer.
     */
    getState: function (iframe, options) {
      return new Promise(function (resolve, reject) {
        var entry = { iframe: iframe, resolve: resolve, versions: !!(options && options.versions) };
        post(iframe, { source: FROM_HOST, type: "getState" });
        waiting.push(entry);
        setTimeout(function () {
          var i = waiting.indexOf(entry);
          if (i < 0) return;
          waiting.splice(i, 1);
          reject(new Error("IranDiplomacyExplainer: no answer to getState"));
        }, GET_STATE_TIMEOUT_MS);
      });
    },
  };
})();

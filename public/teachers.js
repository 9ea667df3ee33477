// The link builder on the page for teachers (src/kit/teachers.rs writes its form): switches, a
// case, a step and predict mode in; the link, the embed code and a QR code out. The links are
// the explainer's own (src/link.rs writes the same), relative to this page and shown in full.
// Outputs are form values and DOM nodes; nothing is inserted as HTML.
(function () {
  "use strict";
  var form = document.getElementById("link-builder");
  if (!form) return;
  form.hidden = false;
  var nojs = document.querySelector(".builder-nojs");
  if (nojs) nojs.hidden = true;

  var boxes = form.querySelectorAll("input[type=checkbox][data-kind]");
  var caseSelect = document.getElementById("build-case");
  var stepSelect = document.getElementById("build-step");
  var predict = document.getElementById("build-predict");
  var linkOut = document.getElementById("build-link");
  var embedOut = document.getElementById("build-embed");
  var status = document.getElementById("build-status");
  var alts = JSON.parse(form.getAttribute("data-alts") || "{}");

  function hex(kind) {
    var bits = 0;
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].getAttribute("data-kind") === kind && boxes[i].checked) bits |= Number(boxes[i].getAttribute("data-bit"));
    }
    return bits.toString(16);
  }
  function ids(kind) {
    var out = [];
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].getAttribute("data-kind") === kind && boxes[i].checked) out.push(boxes[i].getAttribute("data-id"));
    }
    return out.join(",");
  }
  // The chosen case, while the switches are still as it sets them.
  function chosenCase() {
    var option = caseSelect.options[caseSelect.selectedIndex];
    if (!option || !option.value) return null;
    var same = option.getAttribute("data-on") === ids("on") && option.getAttribute("data-ctx") === ids("ctx");
    return same ? option.value : null;
  }
  function escapeAttribute(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  var qrUrl = null;
  function drawQr(address) {
    var holder = document.getElementById("build-qr");
    var download = document.getElementById("build-qr-download");
    if (!holder || typeof qrSvg !== "function") return;
    var svg = qrSvg(address, holder.getAttribute("data-label"));
    holder.replaceChildren(svg);
    if (download) {
      if (qrUrl) URL.revokeObjectURL(qrUrl);
      qrUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
      download.href = qrUrl;
    }
  }

  function update() {
    var id = chosenCase();
    var step = stepSelect.value;
    var relative;
    var image;
    var key;
    if (id) {
      key = "case-" + id;
      image = "img/case-" + id + ".png";
    } else {
      key = hex("on") + hex("ctx");
      image = "img/scenario-" + key + ".png";
    }
    if (predict.checked) {
      relative = "handout/" + (id ? "case-" + id : "scenario-" + key) + ".html#predict";
    } else {
      var query = [];
      if (!id) {
        if (ids("on")) query.push("on=" + ids("on"));
        if (ids("ctx")) query.push("ctx=" + ids("ctx"));
      }
      if (step) query.push("step=" + step);
      relative = (id ? "case-" + id + ".html" : "./") + (query.length ? "?" + query.join("&") : "");
    }
    var address = new URL(relative, location.href).href;
    linkOut.value = address;
    drawQr(address);
    if (predict.checked) {
      embedOut.value = embedOut.getAttribute("data-predict");
    } else {
      var base = new URL("./", location.href).href;
      var embedQuery = id ? "preset=" + id : query.filter(function (q) { return q.indexOf("step=") !== 0; }).join("&");
      var embed = base + "?" + (embedQuery ? embedQuery + "&" : "") + form.getAttribute("data-embed-params");
      embedOut.value = form
        .getAttribute("data-embed")
        .replace("@URL@", escapeAttribute(embed))
        .replace("@SCRIPT@", escapeAttribute(base + "embed.js"))
        .replace("@IMAGE@", escapeAttribute(base + image))
        .replace("@ALT@", escapeAttribute(alts[key] || ""))
        .replace("@LINK@", escapeAttribute(address));
    }
  }

  caseSelect.addEventListener("change", function () {
    var option = caseSelect.options[caseSelect.selectedIndex];
    if (option && option.value) {
      var on = (option.getAttribute("data-on") || "").split(",");
      var ctx = (option.getAttribute("data-ctx") || "").split(",");
      for (var i = 0; i < boxes.length; i++) {
        var list = boxes[i].getAttribute("data-kind") === "on" ? on : ctx;
        boxes[i].checked = list.indexOf(boxes[i].getAttribute("data-id")) !== -1;
      }
    }
    update();
  });
  form.addEventListener("change", function (event) {
    if (event.target !== caseSelect) update();
  });
  var copyButtons = form.querySelectorAll("button[data-copy]");
  for (var i = 0; i < copyButtons.length; i++) {
    copyButtons[i].addEventListener("click", function (event) {
      var field = document.getElementById(event.currentTarget.getAttribute("data-copy"));
      var done = function () {
        status.textContent = form.getAttribute("data-copied");
      };
      var fail = function () {
        field.focus();
        field.select();
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(done, fail);
      else fail();
    });
  }
  update();
})();

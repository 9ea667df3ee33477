// The link builder on the page for teachers (src/site/kit/teachers.rs writes its form):
// switches, a case, a step and predict mode in; the link, the embed code and a QR code out.
// Every address is looked up in what Rust wrote into the form (src/site/script_data.rs), made
// absolute against this page and shown in full.
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
  // For each scenario (by its key) and case (`case-<id>`): its link, embed query, card, the
  // card's text and its handout, all written by Rust (src/site/script_data.rs).
  var targets = JSON.parse(form.getAttribute("data-targets") || "{}");

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
    // A scenario's key is its switches' bits, each kind a hexadecimal digit (src/paths.rs).
    var target = targets[id ? "case-" + id : hex("on") + hex("ctx")];
    var step = stepSelect.value;
    var relative;
    if (predict.checked) {
      relative = target.handout + "#predict";
    } else {
      relative = target.link + (step ? (target.link.indexOf("?") === -1 ? "?" : "&") + step : "");
    }
    var address = new URL(relative, location.href).href;
    linkOut.value = address;
    drawQr(address);
    if (predict.checked) {
      embedOut.value = embedOut.getAttribute("data-predict");
    } else {
      var base = new URL("./", location.href).href;
      var embed = base + "?" + (target.embed ? target.embed + "&" : "") + form.getAttribute("data-embed-params");
      embedOut.value = form
        .getAttribute("data-embed")
        .replace("@URL@", escapeAttribute(embed))
        .replace("@SCRIPT@", escapeAttribute(base + "embed.js"))
        .replace("@IMAGE@", escapeAttribute(base + target.image))
        .replace("@ALT@", escapeAttribute(target.alt))
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

// Two scenarios side by side (src/site/kit/compare.rs writes the page, with every scenario's
// verdict, link and what each switch would change, all computed in Rust): the pinned one from
// the link (`a`), a second one the reader sets (`b`, kept in the link with replaceState). Which
// switches differ, the two verdicts, and which difference changes the pinned scenario's outcome
// on its own, and why: looked up, never worked out here. Text only, no HTML from the link.
(function () {
  "use strict";
  var form = document.getElementById("compare");
  if (!form) return;
  form.hidden = false;
  var nojs = document.querySelector(".builder-nojs");
  if (nojs) nojs.hidden = true;

  var scenarios = JSON.parse(form.getAttribute("data-scenarios"));
  var outcomes = JSON.parse(form.getAttribute("data-outcomes"));
  var gates = JSON.parse(form.getAttribute("data-gates"));
  var rows = form.querySelectorAll("tbody tr");
  var result = document.getElementById("compare-result");
  function text(name) {
    return form.getAttribute("data-" + name) || "";
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? values[key] : whole;
    });
  }

  // A scenario is [conditions bits, context bits]; in links, two hex digits. Anything else
  // in the link reads as no switch on.
  function parse(value) {
    return value && /^[0-9a-f]{2}$/i.test(value) ? [parseInt(value[0], 16), parseInt(value[1], 16)] : [0, 0];
  }
  function hex(s) {
    return s[0].toString(16) + s[1].toString(16);
  }
  function has(s, row) {
    var bit = Number(row.getAttribute("data-bit"));
    return (s[row.getAttribute("data-kind") === "on" ? 0 : 1] & bit) !== 0;
  }
  function toggled(s, row) {
    var bit = Number(row.getAttribute("data-bit"));
    return row.getAttribute("data-kind") === "on" ? [s[0] ^ bit, s[1]] : [s[0], s[1] ^ bit];
  }
  function verdict(s) {
    return scenarios[hex(s)].v;
  }

  var params = new URLSearchParams(location.search);
  var a = parse(params.get("a"));
  var b = params.has("b") ? parse(params.get("b")) : a.slice();

  function describe(v) {
    return outcomes[v[0]] + " (" + fill(text("score"), { score: v[1] }) + ")";
  }
  function update() {
    var differing = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var words = row.getAttribute("data-words").split("|");
      row.querySelector(".compare-a").textContent = has(a, row) ? words[0] : words[1];
      row.querySelector("input").checked = has(b, row);
      var differs = has(a, row) !== has(b, row);
      var mark = row.querySelector(".compare-differs");
      mark.textContent = differs ? mark.getAttribute("data-word") : "";
      row.classList.toggle("is-different", differs);
      if (differs) differing.push(row);
    }
    var va = verdict(a), vb = verdict(b);
    document.getElementById("verdict-a").textContent = describe(va);
    document.getElementById("verdict-b").textContent = describe(vb);
    document.getElementById("open-a").href = scenarios[hex(a)].link;
    document.getElementById("open-b").href = scenarios[hex(b)].link;

    var lines = [];
    if (!differing.length) lines.push(text("same"));
    for (var j = 0; j < differing.length; j++) {
      // [outcome, why, a, b], or 0 when switching it alone leaves the outcome (script_data.rs).
      var flip = scenarios[hex(a)].flips[Number(differing[j].getAttribute("data-input"))];
      if (!flip) continue;
      var why = [
        fill(text("opens"), { gate: gates[flip[2]] }),
        fill(text("shuts"), { gate: gates[flip[2]] }),
        fill(text("points"), { a: flip[2], b: flip[3] }),
      ][flip[1]];
      lines.push(fill(text("decisive"), {
        switch: differing[j].querySelector("th").textContent,
        from: outcomes[va[0]],
        to: outcomes[flip[0]],
        why: why,
      }));
    }
    if (differing.length && !lines.length) lines.push(fill(text("no-change"), { pinned: outcomes[va[0]] }));
    result.replaceChildren();
    for (var k = 0; k < lines.length; k++) {
      var p = document.createElement("p");
      p.textContent = lines[k];
      result.appendChild(p);
    }
    var query = "?a=" + hex(a) + "&b=" + hex(b);
    if (location.search !== query) history.replaceState(null, "", query + location.hash);
  }

  form.addEventListener("change", function (event) {
    var row = event.target.closest && event.target.closest("tr");
    if (!row) return;
    if (has(b, row) !== event.target.checked) b = toggled(b, row);
    update();
  });
  update();
})();

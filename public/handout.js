// A handout page's few live parts (src/site/kit/handout.rs writes the page): the scenario's full
// address, which only the browser knows (the site may live anywhere), as text and as a QR code;
// today's date in the citations; the copy buttons; the print button. Everything is built with
// DOM calls, nothing from the address is inserted as HTML. Without scripts the page still
// prints, with the address as written at build time.
(function () {
  "use strict";
  var link = document.getElementById("scenario-link");
  if (!link) return;
  var address = link.href;
  link.textContent = address;
  var urls = document.querySelectorAll(".scenario-url");
  for (var i = 0; i < urls.length; i++) urls[i].textContent = address;

  // The QR code (qrSvg, from qrcode.js: public/qr-svg.js).
  var holder = document.getElementById("qr");
  if (holder && typeof qrSvg === "function") holder.appendChild(qrSvg(address, holder.getAttribute("data-label")));

  // The access date, as each citation style writes it: its format and month names are on the
  // element (content/kit.toml, [[citation]]).
  var now = new Date();
  var two = function (n) { return (n < 10 ? "0" : "") + n; };
  var y = String(now.getFullYear()), m = now.getMonth(), day = String(now.getDate());
  var iso = y + "-" + two(m + 1) + "-" + two(now.getDate());
  var dates = document.querySelectorAll(".access-date");
  for (var j = 0; j < dates.length; j++) {
    var format = dates[j].getAttribute("data-format");
    var months = (dates[j].getAttribute("data-months") || "").split("|");
    if (!format || months.length !== 12) continue;
    dates[j].textContent = format
      .replace("{iso}", iso)
      .replace("{day}", day)
      .replace("{month}", months[m])
      .replace("{year}", y);
  }

  // Copy buttons, with a confirmation a screen reader announces (role="status").
  var status = document.getElementById("cite-status");
  function say(text) {
    if (status) status.textContent = text;
  }
  var buttons = document.querySelectorAll(".copy-cite");
  for (var k = 0; k < buttons.length; k++) {
    buttons[k].hidden = false;
    buttons[k].addEventListener("click", function (event) {
      var button = event.currentTarget;
      var target = document.getElementById(button.getAttribute("data-target"));
      var style = button.getAttribute("data-style");
      var copied = (status && status.getAttribute("data-copied")) || "";
      var failed = (status && status.getAttribute("data-failed")) || "";
      if (!target) return;
      var text = target.textContent;
      var done = function () {
        say(copied.replace("{style}", style));
      };
      var fail = function () {
        say(failed);
        var range = document.createRange();
        range.selectNodeContents(target);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fail);
      else fail();
    });
  }

  // Predict, then reveal. The stylesheet hides the answer while the address ends in #predict;
  // here the reveal also compares the reader's guess with the model's outcome, and keeps the
  // question in view. The outcomes' order (worst first) is the radio buttons' values.
  var predict = document.getElementById("predict");
  var reveal = document.getElementById("reveal");
  if (predict && reveal) {
    reveal.addEventListener("click", function (event) {
      event.preventDefault();
      var result = document.getElementById("predict-result");
      var chosen = predict.querySelector("input[name=guess]:checked");
      if (!chosen) {
        result.textContent = predict.getAttribute("data-choose");
        return;
      }
      var guess = Number(chosen.value);
      var actual = Number(predict.getAttribute("data-actual"));
      var label = function (value) {
        var input = predict.querySelector("input[name=guess][value='" + value + "']");
        var text = input && document.querySelector("label[for='" + input.id + "']");
        return text ? text.textContent : "";
      };
      var key = guess === actual ? "data-same" : actual > guess ? "data-more" : "data-less";
      document.body.classList.add("revealed");
      result.textContent = predict.getAttribute(key).replace("{guess}", label(guess)).replace("{outcome}", label(actual));
      var heading = document.getElementById("verdict-heading");
      if (heading) heading.focus();
    });
  }

  var print = document.getElementById("print-handout");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () {
      window.print();
    });
  }
})();

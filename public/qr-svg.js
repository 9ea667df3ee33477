
// The kit's QR codes as SVG (scripts/postbuild.mjs appends this to qrcode.js, which the
// handouts and the teachers' page load): dark modules on a white square with a quiet zone of
// four modules, whatever the page's theme, built with DOM calls.
function qrSvg(address, label) {
  "use strict";
  var qr = qrcode(0, "M");
  qr.addData(address);
  qr.make();
  var n = qr.getModuleCount();
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("xmlns", NS);
  svg.setAttribute("viewBox", "-4 -4 " + (n + 8) + " " + (n + 8));
  svg.setAttribute("width", String((n + 8) * 8));
  svg.setAttribute("height", String((n + 8) * 8));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label || "");
  svg.setAttribute("shape-rendering", "crispEdges");
  var back = document.createElementNS(NS, "rect");
  back.setAttribute("x", "-4");
  back.setAttribute("y", "-4");
  back.setAttribute("width", String(n + 8));
  back.setAttribute("height", String(n + 8));
  back.setAttribute("fill", "#fff");
  svg.appendChild(back);
  var d = "";
  for (var r = 0; r < n; r++) for (var c = 0; c < n; c++) if (qr.isDark(r, c)) d += "M" + c + " " + r + "h1v1h-1z";
  var modules = document.createElementNS(NS, "path");
  modules.setAttribute("d", d);
  modules.setAttribute("fill", "#000");
  svg.appendChild(modules);
  return svg;
}

// Before the WebAssembly app starts, turn a failed load into a visible message instead of a
// blank page. Once the app has mounted it hides #app-loading itself, and a Rust panic hook shows
// #app-failed; this script only covers what happens before Rust code can run.
(function () {
  "use strict";
  function failed() {
    var loading = document.getElementById("app-loading");
    // The app hides the loading notice once it has mounted: later errors are not start-up failures.
    if (!loading || loading.hidden) return;
    loading.hidden = true;
    var notice = document.getElementById("app-failed");
    if (notice) notice.hidden = false;
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
})();

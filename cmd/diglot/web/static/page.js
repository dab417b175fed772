// The page works without this script. With it: "/" focuses the search box,
// choosing a language searches at once, and empty fields stay out of the
// address.
(function () {
  "use strict";
  var form = document.getElementById("search-form") || document.querySelector("form.search");
  var box = document.getElementById("q");
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "/" && box && t && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
  if (!form) {
    return;
  }
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value === "") {
        el.disabled = true;
      }
    });
  });
  // The fields come back enabled when the page is restored from the
  // back-forward cache.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      el.disabled = false;
    });
  });
  Array.prototype.forEach.call(form.querySelectorAll("[data-autosubmit]"), function (el) {
    el.addEventListener("change", function () {
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    });
  });
})();

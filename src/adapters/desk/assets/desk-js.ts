/**
 * The desk's one script, served at /desk/assets/desk.<hash>.js. Everything works without it; it
 * only saves steps: a chosen file is read into the text box (so it can be checked before
 * posting), a row of the facts tables shows its place in the text, and a removal asks first.
 */
export const DESK_JS = `
(function () {
  "use strict";
  var file = document.querySelector("input[type=file][data-fills]");
  if (file) {
    file.addEventListener("change", function () {
      var target = document.getElementById(file.getAttribute("data-fills"));
      var f = file.files && file.files[0];
      if (!target || !f) return;
      f.text().then(function (text) {
        target.value = text;
        var title = document.getElementById("title");
        if (title && !title.value) {
          var first = text.split("\n").find(function (l) { return l.trim().length > 0; }) || "";
          title.value = first.trim().slice(0, 200);
        }
      });
    });
  }
  document.addEventListener("click", function (e) {
    var el = e.target;
    if (!(el instanceof Element)) return;
    var show = el.closest("[data-show]");
    if (show) {
      var mark = document.getElementById(show.getAttribute("data-show"));
      if (mark) {
        e.preventDefault();
        mark.scrollIntoView({ block: "center" });
        mark.focus();
      }
    }
  });
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form instanceof HTMLFormElement && form.hasAttribute("data-confirm")) {
      if (!window.confirm(form.getAttribute("data-confirm"))) e.preventDefault();
    }
  });
})();
`;

/* Record page: following a finding's "Show it in the report" link moves keyboard and
   screen-reader focus to the highlighted sentence, not only the scroll position. */
(function () {
  "use strict";
  var links = document.querySelectorAll("a.evidence-link");
  Array.prototype.forEach.call(links, function (link) {
    link.addEventListener("click", function () {
      var id = link.getAttribute("href").slice(1);
      var mark = document.getElementById(id);
      if (!mark) { return; }
      window.setTimeout(function () { mark.focus(); }, 0);
    });
  });
}());

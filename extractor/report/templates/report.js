// The report's only script (its hash is in the page's Content-Security-Policy): filters and highlighting.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll(".claim-row"));
  if (!rows.length) { return; }
  var byKey = {};
  rows.forEach(function (row) { byKey[row.dataset.k] = row; });
  var markers = Array.prototype.slice.call(document.querySelectorAll(".marker"));
  var evidence = Array.prototype.slice.call(document.querySelectorAll(".evidence"));
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.article"));
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-facet]"));
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var nothing = document.getElementById("nothing");
  var texts = null;

  function keysOf(el) { return (el.dataset.claims || "").split(" ").filter(Boolean); }

  // what a search looks in: the claim's row, the sentence it stands in and its article's title
  function haystacks() {
    if (texts) { return texts; }
    texts = {};
    evidence.forEach(function (ev) {
      var title = ev.closest("article.article").querySelector("h2").textContent;
      keysOf(ev).forEach(function (k) {
        texts[k] = (byKey[k].textContent + " " + ev.textContent + " " + title).toLowerCase();
      });
    });
    rows.forEach(function (row) {
      if (!(row.dataset.k in texts)) { texts[row.dataset.k] = row.textContent.toLowerCase(); }
    });
    return texts;
  }

  function apply() {
    var wanted = selects.filter(function (s) { return s.value !== ""; });
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var hay = words.length ? haystacks() : null;
    var count = 0;
    rows.forEach(function (row) {
      var ok = wanted.every(function (s) { return row.dataset[s.dataset.facet] === s.value; }) &&
        words.every(function (w) { return hay[row.dataset.k].indexOf(w) !== -1; });
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    markers.forEach(function (m) { m.hidden = byKey[m.dataset.k].hidden; });
    evidence.forEach(function (ev) {
      ev.classList.toggle("muted", keysOf(ev).every(function (k) { return byKey[k].hidden; }));
    });
    articles.forEach(function (a) { a.hidden = !a.querySelector(".claim-row:not([hidden])"); });
    var all = rows.length.toLocaleString("en-US");
    shown.textContent = count === rows.length ? all + " claims" : count.toLocaleString("en-US") + " of " + all + " claims shown";
    nothing.hidden = count !== 0;
  }

  function focus(k, on) {
    var row = byKey[k];
    if (row) { row.classList.toggle("focus", on); }
    document.querySelectorAll("[data-claims]").forEach(function (el) {
      if (keysOf(el).indexOf(k) !== -1) { el.classList.toggle("focus", on); }
    });
  }

  selects.forEach(function (s) { s.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  document.getElementById("clear").addEventListener("click", function () {
    selects.forEach(function (s) { s.value = ""; });
    search.value = "";
    apply();
  });
  Array.prototype.slice.call(document.querySelectorAll(".facet-link")).forEach(function (b) {
    b.addEventListener("click", function () {
      var select = document.querySelector('select[data-facet="' + b.dataset.facet + '"]');
      var found = Array.prototype.some.call(select.options, function (o) { return o.value === b.dataset.value; });
      if (!found) { return; }
      select.value = b.dataset.value;
      apply();
      document.getElementById("filters").scrollIntoView();
    });
  });
  markers.concat(rows).forEach(function (el) {
    el.addEventListener("mouseenter", function () { focus(el.dataset.k, true); });
    el.addEventListener("mouseleave", function () { focus(el.dataset.k, false); });
  });
}());

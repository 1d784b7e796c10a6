// Newsroom enhancements: a live preview of the body, and autosave of drafts. Without
// JavaScript the editor works the same way through its Preview and Save buttons.
(function () {
  "use strict";
  var form = document.querySelector("form.editor");
  if (!form) { return; }
  var csrf = form.querySelector("input[name=csrf]").value;
  var body = form.querySelector("#body");
  var dateline = form.querySelector("#dateline");
  var live = document.getElementById("live-preview");
  var status = document.getElementById("autosave-status");
  var timer = null;

  function encode(fields) { return new URLSearchParams(fields); }

  // The server renders the preview with the public page's own code and sanitiser.
  function refresh() {
    fetch("/admin/preview", { method: "POST", credentials: "same-origin", body: encode({ csrf: csrf, body: body.value, dateline: dateline.value }) })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { live.innerHTML = html; })
      .catch(function () { /* the Preview button still works */ });
  }
  if (live) {
    live.hidden = false;
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 400); });
    refresh();
  }

  // Pickers add a known country or tag to their comma-separated field.
  function addTo(field, value) {
    var items = field.value.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    if (items.indexOf(value) === -1) { items.push(value); }
    field.value = items.join(", ");
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
  form.querySelectorAll("select.picker").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.value) { addTo(form.querySelector("#" + select.dataset.target), select.value); }
      select.value = "";
    });
  });
  var tagPicker = form.querySelector("#add-tag");
  function loadTags() {
    var edition = form.querySelector("#edition").value;
    fetch("/admin/tags?edition=" + encodeURIComponent(edition), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (names) {
        tagPicker.length = 1;
        names.forEach(function (name) { tagPicker.add(new Option(name, name)); });
        tagPicker.hidden = false;
        form.querySelector("label[for=add-tag]").hidden = false;
      })
      .catch(function () { /* typing tags still works */ });
  }
  if (tagPicker) {
    loadTags();
    form.querySelector("#edition").addEventListener("change", loadTags);
  }

  var autosave = form.dataset.autosave === "on";
  var every = parseInt(form.dataset.autosaveMs || "15000", 10);
  var dirty = false;
  form.addEventListener("input", function () { dirty = true; });
  if (!autosave) { return; }
  setInterval(function () {
    if (!dirty || !autosave) { return; }
    dirty = false;
    var data = new FormData(form);
    data.set("action", "autosave");
    fetch(form.action, { method: "POST", credentials: "same-origin", body: encode(data) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (answer) {
        if (answer.ok) {
          // The next save is made from the revision just written, so it is not refused as stale.
          form.querySelector("input[name=revision]").value = answer.json.revision;
          status.textContent = "Saved automatically at " + new Date().toLocaleTimeString();
        } else {
          autosave = false;
          status.textContent = answer.json.message;
        }
      })
      .catch(function () { dirty = true; status.textContent = "Not saved: the server cannot be reached. Retrying."; });
  }, every);
})();

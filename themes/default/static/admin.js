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

// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button.print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // "Send to a friend" opens its form in a dialog instead of a page. The form comes from
  // the same page readers without JavaScript get, so both ways share one set of checks.
  if (typeof HTMLDialogElement !== "function" || !window.fetch) { return; }
  var dialog = null;

  function panelOf(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    return doc.querySelector(".send-panel");
  }

  function show(panel) {
    dialog.replaceChildren();
    var close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.textContent = panel.getAttribute("data-close") || "×";
    close.addEventListener("click", function () { dialog.close(); });
    dialog.appendChild(close);
    dialog.appendChild(document.importNode(panel, true));
    var form = dialog.querySelector("form.send-form");
    if (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var body = new URLSearchParams(new FormData(form));
        fetch(form.action, { method: "POST", body: body, credentials: "same-origin" })
          .then(function (r) { return r.text(); })
          .then(function (html) {
            var next = panelOf(html);
            if (next) { show(next); } else { form.submit(); }
          })
          .catch(function () { form.submit(); });
      });
      var first = form.querySelector("input:not([type=hidden])");
      if (first) { first.focus(); }
    }
  }

  document.querySelectorAll("a.send-link").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      fetch(link.href, { credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var panel = panelOf(html);
          if (!panel) { window.location = link.href; return; }
          if (!dialog) {
            dialog = document.createElement("dialog");
            dialog.className = "send-dialog";
            dialog.setAttribute("aria-label", panel.querySelector("h1").textContent);
            document.body.appendChild(dialog);
          }
          show(panel);
          dialog.showModal();
        })
        .catch(function () { window.location = link.href; });
    });
  });
});

/* Facilitator: sending ideas, questions and dots without reloading the page.
 *
 * The pages work without this script (plain forms: post, then back to the page with a
 * notice). With it, a form is sent with fetch and the server's answer, already in the
 * page's language, is shown in the notice at the top (a live region). After a dot the
 * page's list is fetched again and put in place, so the counts are the laptop's. Nothing
 * is ever inserted as HTML: a fetched page is parsed and its nodes imported.
 */
(function () {
  "use strict";

  var notice = document.getElementById("notice");

  function show(ok, text) {
    if (!notice) { return; }
    notice.textContent = "";
    notice.className = "notice " + (ok ? "ok" : "error");
    notice.setAttribute("role", ok ? "status" : "alert");
    notice.hidden = false;
    window.setTimeout(function () { notice.textContent = text; }, 30);
  }

  function setBusy(form, busy) {
    var buttons = form.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      if (busy) {
        button.setAttribute("data-was-disabled", button.disabled ? "1" : "");
        button.disabled = true;
      } else {
        button.disabled = button.getAttribute("data-was-disabled") === "1";
      }
    }
  }

  function refreshList(message) {
    return fetch(location.pathname, { cache: "no-store", credentials: "same-origin" }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("main");
      var main = document.getElementById("main");
      if (!fresh || !main) { return; }
      while (main.firstChild) { main.removeChild(main.firstChild); }
      var nodes = fresh.childNodes;
      for (var i = 0; i < nodes.length; i++) { main.appendChild(document.importNode(nodes[i], true)); }
      notice = document.getElementById("notice");
      bind();
      show(true, message);
    });
  }

  function send(form, event) {
    if (!window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    var submitter = event.submitter;
    if (submitter && submitter.name) { data.set(submitter.name, submitter.value); }
    setBusy(form, true);
    fetch(form.action, {
      method: "POST",
      body: data,
      headers: { "Accept": "application/json" },
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (response) {
      return response.json().then(function (answer) { return [response.status, answer]; });
    }).then(function (result) {
      var status = result[0];
      var answer = result[1];
      setBusy(form, false);
      if (status === 403) {  // an old page: the plain form gets a fresh one, the text kept
        form.submit();
        return;
      }
      if (answer.ok && form.getAttribute("data-enhance") === "vote") {
        refreshList(answer.message);
        return;
      }
      show(!!answer.ok, answer.message || "");
      if (answer.ok) {
        var text = form.querySelector("textarea");
        if (text) { text.value = ""; text.focus(); }
      }
    }).catch(function () {
      setBusy(form, false);
      form.submit();  // the plain way, which says what went wrong in the page's language
    });
  }

  function bind() {
    var forms = document.querySelectorAll("form[data-enhance]");
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].getAttribute("data-bound")) { continue; }
      forms[i].setAttribute("data-bound", "1");
      forms[i].addEventListener("submit", function (event) { send(event.currentTarget, event); });
    }
  }

  bind();
})();

/* Facilitator: the participants' pages (join, live, table, check).
 *
 * Served by the coordinator's laptop on the local network; no external assets. All data is
 * rendered with textContent, never as HTML. Live updates arrive as server-sent events; the
 * fallback is a poll the server holds until something changes (at most a second between
 * polls when it cannot hold them). The language is the page's own (chosen by the server from
 * the phone's languages or the switch at the top); every contribution keeps its own
 * direction (dir="auto").
 */
(function () {
  "use strict";

  // The page's language and its texts come with the page (the server chose them from the
  // phone's languages or the switch at the top): <html lang dir> and a JSON data block.
  var STRINGS = readTexts();

  function readTexts() {
    var node = document.getElementById("texts");
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  }

  var POLL_MS = 1000; // the polling fallback asks at least this often (and is held for changes)
  var page = document.body.getAttribute("data-page");
  var state = null; // the last snapshot
  var rev = "";
  var clockOffset = 0; // laptop clock minus phone clock, in seconds
  var seen = null; // ids of contributions already shown
  var fresh = {}; // id -> true for contributions that arrived after the first render
  var source = null;
  var pollTimer = null;
  var mode = "connecting";
  var token = (location.pathname.match(/^\/m\/([0-9a-f]{32})(\/|$)/) || [])[1] || "";
  var tableNumber = parseInt((location.pathname.match(/\/table\/(\d+)$/) || [])[1] || "0", 10);

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = STRINGS[key];
    if (text === undefined) { text = key; }
    if (values) {
      text = text.replace(/\{(\w+)\}/g, function (all, name) {
        return values[name] !== undefined ? String(values[name]) : all;
      });
    }
    return text;
  }

  function applyLanguage() {
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute("data-i18n");
      if (key === "loading" && state) { continue; }
      nodes[i].textContent = t(key);
    }
    var labelled = document.querySelectorAll("[data-i18n-label]");
    for (var j = 0; j < labelled.length; j++) {
      labelled[j].setAttribute("aria-label", t(labelled[j].getAttribute("data-i18n-label")));
    }
    showConnection();
  }

  // ------------------------------------------------------------------ small DOM helpers
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // What someone wrote (a contribution, a question, a title) keeps its own direction.
  function own(tag, className, text) {
    var node = el(tag, className, text);
    node.dir = "auto";
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function show(node, visible) {
    if (node) { node.hidden = !visible; }
  }

  function setText(id, text) {
    var node = $(id);
    if (node) { node.textContent = text || ""; }
  }

  function formatDate(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) { return iso || ""; }
    try {
      var parts = iso.split("-");
      var day = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2], 12));
      return new Intl.DateTimeFormat(t("locale"), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
    } catch (e) {
      return iso;
    }
  }

  function plural(n, one, many) {
    return n === 1 ? t(one) : t(many, { n: n });
  }

  // ------------------------------------------------------------------ rendering
  function render() {
    if (page === "check") { renderCheck(); return; }
    if (!state) { return; }
    var meeting = state.meeting || {};
    ["title", "meeting-title"].forEach(function (id) { var node = $(id); if (node) { node.removeAttribute("data-i18n"); } });
    if (page === "table") {
      var table = tableInfo();
      var heading = table ? (table.name ? t("table_named", { n: table.number, name: table.name }) : t("table_n", { n: table.number })) : t("table");
      setText("title", heading);
      setText("meeting-title", meeting.title);
      document.title = heading + " · " + (meeting.title || "");
    } else if (page !== "check") {
      setText("title", meeting.title);
      document.title = meeting.title || document.title;
      // The time range is isolated left to right, so "16:00–18:00" is not turned round in Arabic or Persian.
      var hours = [meeting.start_time, meeting.end_time].filter(Boolean).join("–");
      var meta = [formatDate(meeting.date), hours ? "\u2066" + hours + "\u2069" : "", meeting.place];
      setText("meta", meta.filter(Boolean).join(" · "));
    }
    if (page === "join") { renderJoin(meeting); }
    if (page === "live") { renderLive(); }
    if (page === "table") { renderTable(); }
    renderTimer();
  }

  function renderJoin(meeting) {
    setText("frame", meeting.frame_statement);
    setText("purpose", meeting.purpose);
    show($("purpose-section"), !!meeting.purpose);
    var feedback = [meeting.feedback_method, meeting.next_steps].filter(Boolean);
    setText("feedback", feedback.join(" "));
    show($("feedback-section"), feedback.length > 0);
    setText("privacy", t("privacy_note"));
    var list = $("tables");
    clear(list);
    (state.tables || []).forEach(function (table) {
      var item = el("li");
      var link = el("a", "button", table.name ? t("table_named", { n: table.number, name: table.name }) : t("table_n", { n: table.number }));
      link.href = "table/" + encodeURIComponent(String(table.number));
      item.appendChild(link);
      list.appendChild(item);
    });
    show($("tables-section"), (state.tables || []).length > 0);
  }

  function currentRound() {
    var timer = state.timer;
    return timer && timer.round ? timer.round : null;
  }

  function renderQuestions(questions) {
    var list = $("questions");
    clear(list);
    var now = currentRound();
    questions.forEach(function (q) {
      var item = el("li", "question" + (now && q.round === now ? " current" : ""));
      var label = [];
      if (q.round) { label.push(t("round_n", { n: q.round })); }
      if (q.table && page !== "table") { label.push(t("at_table", { n: q.table })); }
      if (now && q.round === now) { label.unshift(t("current")); }
      if (label.length) { item.appendChild(el("span", "label", label.join(" · "))); }
      item.appendChild(own("p", "text", q.text));
      if (q.guidance) { item.appendChild(own("p", "guidance", q.guidance)); }
      list.appendChild(item);
    });
    show($("questions-section"), questions.length > 0);
  }

  function measureTitles(ids) {
    var byId = {};
    (state.measures || []).forEach(function (m) { byId[m.id] = m; });
    return ids.map(function (id) { return byId[id] ? byId[id].title : ""; }).filter(Boolean).join("; ");
  }

  function meetingOver() {
    var ends = state.meeting && state.meeting.ends_at;
    return !!ends && laptopNow() > ends;
  }

  function contributionItem(c, byId, options) {
    var item = el("li", "contribution kind-" + String(c.kind || "note").replace(/[^a-z_]/g, "") + (fresh[c.id] ? " fresh" : ""));
    var top = el("p", "label");
    top.appendChild(el("span", "kind", t("kind_" + c.kind) === "kind_" + c.kind ? c.kind : t("kind_" + c.kind)));
    var where = [];
    if (options.showTable && c.table) { where.push(t("at_table", { n: c.table })); }
    if (options.showRound && c.round) { where.push(t("in_round", { n: c.round })); }
    if (where.length) { top.appendChild(el("span", "where", " · " + where.join(", "))); }
    if (fresh[c.id]) { top.appendChild(el("span", "badge new", t("new_badge"))); }
    item.appendChild(top);
    item.appendChild(own("p", "text", c.text));
    if (c.mitigations && c.mitigations.length) {
      item.appendChild(el("p", "sub", t("mitigations")));
      var list = el("ul", "mitigations");
      c.mitigations.forEach(function (m) { list.appendChild(own("li", null, m)); });
      item.appendChild(list);
    }
    var facts = el("p", "facts");
    if (c.votes) { facts.appendChild(el("span", "votes", plural(c.votes, "vote", "votes"))); }
    var outcome = c.outcome || {};
    var outcomeText = "";
    if (outcome.state === "measure") {
      // Measures that came from the idea itself; those that came from its theme only where
      // the theme is not already a heading that says so.
      var titles = measureTitles(outcome.measures || []);
      var themeTitles = options.themeHeadings ? "" : measureTitles(outcome.theme_measures || []);
      if (titles) { outcomeText = t("outcome_measure", { titles: titles }); }
      else if (themeTitles) { outcomeText = t("outcome_measure_theme", { titles: themeTitles }); }
    } else if (outcome.state === "merged") {
      var into = outcome.into && byId[outcome.into];
      outcomeText = into ? t("outcome_merged_into", { text: into.text }) : t("outcome_merged");
    } else if (outcome.state === "kept" && options.after && c.kind === "idea") {
      outcomeText = t("outcome_kept");
    }
    if (outcomeText) { facts.appendChild(el("span", "outcome outcome-" + outcome.state, outcomeText)); }
    if (facts.firstChild) { item.appendChild(facts); }
    return item;
  }

  function renderGroups(contributions, grouping) {
    var groups = $("groups");
    clear(groups);
    var byId = {};
    contributions.forEach(function (c) { byId[c.id] = c; });
    var after = meetingOver();
    var sections = grouping(contributions);
    sections.forEach(function (section) {
      if (!section.items.length) { return; }
      var box = el("section", "group");
      var head = own("h3", null, section.title);
      box.appendChild(head);
      if (section.votes) { box.appendChild(el("p", "group-votes", plural(section.votes, "theme_vote", "theme_votes"))); }
      if (section.measures && section.measures.length) {
        var titles = measureTitles(section.measures);
        if (titles) { box.appendChild(el("p", "outcome outcome-measure", t("outcome_measure_theme", { titles: titles }))); }
      }
      var list = el("ul", "contributions");
      var options = { showTable: page !== "table", showRound: true, after: after, themeHeadings: !!section.theme };
      section.items.forEach(function (c) { list.appendChild(contributionItem(c, byId, options)); });
      box.appendChild(list);
      groups.appendChild(box);
    });
    show($("contributions-empty"), contributions.length === 0);
  }

  function byQuestionAndTheme(contributions) {
    var sections = [];
    var themed = {};
    var rest = [];
    contributions.forEach(function (c) {
      if (c.theme) { (themed[c.theme] = themed[c.theme] || []).push(c); } else { rest.push(c); }
    });
    var themes = (state.themes || []).slice().sort(function (a, b) { return (b.votes || 0) - (a.votes || 0); });
    themes.forEach(function (theme) {
      sections.push({ title: theme.title, theme: true, votes: theme.votes, measures: theme.measures, items: themed[theme.id] || [] });
    });
    var byQuestion = {};
    var loose = [];
    rest.forEach(function (c) {
      if (c.question) { (byQuestion[c.question] = byQuestion[c.question] || []).push(c); } else { loose.push(c); }
    });
    (state.questions || []).forEach(function (q) {
      sections.push({ title: q.text, items: byQuestion[q.id] || [] });
    });
    sections.push({ title: t("other_group"), items: loose });
    return sections;
  }

  function byRound(contributions) {
    var rounds = {};
    var loose = [];
    contributions.forEach(function (c) {
      if (c.round) { (rounds[c.round] = rounds[c.round] || []).push(c); } else { loose.push(c); }
    });
    var sections = Object.keys(rounds).map(Number).sort(function (a, b) { return a - b; }).map(function (n) {
      return { title: t("round_n", { n: n }), items: rounds[n] };
    });
    sections.push({ title: t("other_group"), items: loose });
    return sections;
  }

  function renderLive() {
    // The question of the current round on top; with no round under way, all questions
    // until something is published (then they head the groups below anyway).
    var contributions = state.contributions || [];
    var now = currentRound();
    var questions = state.questions || [];
    // The question of the round under way; with no round running, every question (the page
    // never hides where the meeting is), or a line that none has been shown yet.
    var current = now ? questions.filter(function (q) { return q.round === now || !q.round; }) : [];
    if (current.length) { questions = current; }
    setText("questions-heading", t(current.length || questions.length <= 1 ? "question_now_heading" : "questions_heading"));
    renderQuestions(questions);
    show($("questions-section"), true);
    show($("questions-empty"), questions.length === 0);
    noteFresh(contributions);
    renderGroups(contributions, byQuestionAndTheme);
    var list = $("measures");
    clear(list);
    (state.measures || []).forEach(function (m) {
      var item = el("li", "measure");
      item.appendChild(own("h3", null, m.title));
      var facts = el("p", "facts");
      facts.appendChild(el("span", "status status-" + String(m.status).replace(/[^a-z]/g, ""), t("status_" + m.status)));
      item.appendChild(facts);
      if (m.department) { item.appendChild(el("p", null, t("department", { name: m.department }))); }
      if (m.due_date) { item.appendChild(el("p", null, t("due", { date: formatDate(m.due_date) }))); }
      else if (m.time_frame) { item.appendChild(el("p", null, t("time_frame", { text: m.time_frame }))); }
      if (m.description) { item.appendChild(own("p", "sub", m.description)); }
      list.appendChild(item);
    });
    show($("measures-section"), (state.measures || []).length > 0);
    var ideas = contributions.filter(function (c) { return c.kind === "idea"; });
    var counts = { measures: 0, merged: 0, kept: 0 };
    ideas.forEach(function (c) {
      var s = (c.outcome || {}).state;
      if (s === "measure") { counts.measures++; } else if (s === "merged") { counts.merged++; } else { counts.kept++; }
    });
    var showAfter = meetingOver() && ideas.length > 0;
    if (showAfter) {
      setText("after", t("after_summary", { measures: counts.measures, ideas: ideas.length, merged: counts.merged, kept: counts.kept }));
    }
    show($("after-section"), showAfter);
  }

  function tableInfo() {
    var tables = state.tables || [];
    for (var i = 0; i < tables.length; i++) {
      if (tables[i].number === tableNumber) { return tables[i]; }
    }
    return null;
  }

  function renderTable() {
    var questions = (state.questions || []).filter(function (q) { return q.table === tableNumber; });
    if (!questions.length) {
      questions = (state.questions || []).filter(function (q) { return !q.table; });
    }
    renderQuestions(questions);
    renderTableTheme();
    var notes = (state.contributions || []).filter(function (c) { return c.table === tableNumber; });
    noteFresh(notes);
    renderGroups(notes, byRound);
  }

  // A self-assessment run as a café: the theme this table took, its key factor and questions.
  function renderTableTheme() {
    var section = $("theme-section");
    if (!section) { return; }
    var themes = (state.assessment && state.assessment.tables) || [];
    var theme = null;
    themes.forEach(function (t) { if (t.table === tableNumber) { theme = t; } });
    show(section, !!theme);
    if (!theme) { return; }
    setText("theme-title", theme.theme);
    var factor = $("theme-key-factor");
    clear(factor);
    factor.appendChild(el("span", "label", t("key_factor_label")));
    factor.appendChild(own("p", "text", theme.key_factor));
    var list = $("theme-questions");
    clear(list);
    theme.questions.forEach(function (q) {
      var item = el("li", "question");
      item.appendChild(own("p", "text", q));
      list.appendChild(item);
    });
  }

  function noteFresh(contributions) {
    var ids = {};
    var added = 0;
    contributions.forEach(function (c) {
      ids[c.id] = true;
      if (seen && !seen[c.id]) { fresh[c.id] = true; added++; }
    });
    if (seen && added) {
      announce(added === 1 ? t("new_item") : t("new_items", { n: added }));
    }
    seen = ids;
  }

  function announce(text) {
    var region = $("announcer");
    if (!region) { return; }
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  // ------------------------------------------------------------------ timer
  function laptopNow() {
    return Date.now() / 1000 + clockOffset;
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function renderTimer() {
    var box = $("status");
    if (!box || !state) { return; }
    var timer = state.timer;
    if (!timer) { show(box, false); return; }
    var what = timer.round ? t("timer_round", { n: timer.round }) : (timer.title || t("timer_item"));
    var text;
    if (timer.state === "running" && (timer.ends_at || timer.remaining_seconds !== null)) {
      var left = timer.ends_at ? timer.ends_at - laptopNow() : timer.remaining_seconds;
      text = left > 0 ? t("timer_running", { what: what, time: clock(left) }) : t("timer_over", { what: what });
    } else if (timer.state === "paused" && timer.remaining_seconds !== null) {
      text = t("timer_paused", { what: what, time: clock(timer.remaining_seconds) });
    } else if (timer.state === "finished") {
      text = t("timer_over", { what: what });
    } else if (timer.round) {
      text = t("timer_stopped", { n: timer.round });
    } else {
      show(box, false);
      return;
    }
    box.textContent = text;
    show(box, true);
  }

  // ------------------------------------------------------------------ connection
  function showConnection() {
    var node = $("connection");
    if (!node || page === "check") { return; }
    var key = { connecting: "connecting", live: "live", polling: "polling", offline: "offline", gone: "gone" }[mode];
    node.textContent = t(key);
    node.className = "connection " + mode;
    // Losing the laptop is said at the top of the page too, and read out (a live region that
    // is always in the page, empty while all is well).
    var banner = $("offline");
    if (banner) {
      var problem = mode === "offline" || mode === "gone" ? t(key) : "";
      if (banner.textContent !== problem) { banner.textContent = problem; }
      banner.className = "offline" + (problem ? " shown " + mode : "");
    }
  }

  function setMode(next) {
    if (mode === next) { return; }
    mode = next;
    showConnection();
  }

  function accept(message) {
    if (typeof message.now === "number") { clockOffset = message.now - Date.now() / 1000; }
    if (message.unchanged || !message.snapshot) {
      if (message.rev) { rev = message.rev; }
      return;
    }
    var first = !state;
    state = message.snapshot;
    rev = message.rev || "";
    if (first) { applyLanguage(); }
    render();
    if (!first) {
      var notice = $("notice");
      if (notice && !notice.hidden) { show(notice, false); }
    }
  }

  function gone() {
    setMode("gone");
    stopPolling();
    if (source) { source.close(); source = null; }
    var notice = $("notice");
    if (notice && !$("offline")) { notice.textContent = t("gone"); show(notice, true); }
  }

  // The fallback: the server holds a poll that already has the newest state until something
  // changes (up to a few seconds), so a change arrives at once and the next poll is held
  // again. When the server has no room to hold polls it answers "unchanged" at once; then the
  // next poll starts POLL_MS after the previous one started, so a change is seen within a second.
  function poll() {
    pollTimer = null;
    var started = Date.now();
    var url = "/m/" + token + "/api/state" + (rev ? "?since=" + encodeURIComponent(rev) + "&wait=1" : "");
    fetch(url, { cache: "no-store", credentials: "omit" }).then(function (response) {
      if (response.status === 404) { gone(); return null; }
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (message) {
      if (!message) { return; }
      accept(message);
      if (mode !== "live") { setMode("polling"); }
      // A change, or a poll held until it timed out: ask again at once (the server holds it).
      // "Unchanged" at once means the server holds no more polls: ask again within a second.
      schedulePoll(message.unchanged ? POLL_MS - (Date.now() - started) : 0);
    }).catch(function () {
      if (mode !== "live") { setMode("offline"); }
      schedulePoll(POLL_MS);
    });
  }

  function schedulePoll(delay) {
    if (mode === "gone" || mode === "live" || pollTimer) { return; }
    pollTimer = window.setTimeout(poll, Math.max(0, delay));
  }

  function stopPolling() {
    if (pollTimer) { window.clearTimeout(pollTimer); pollTimer = null; }
  }

  function connect() {
    if (!token) { return; }
    if (!window.EventSource) { poll(); return; }
    source = new EventSource("/m/" + token + "/api/events");
    var onMessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      stopPolling();
      setMode("live");
      accept(message);
    };
    source.addEventListener("state", onMessage);
    source.addEventListener("same", onMessage);
    source.addEventListener("gone", gone);
    source.onerror = function () {
      if (mode === "gone") { return; }
      // The browser reconnects by itself while it can; meanwhile (or if it gave up, e.g.
      // on a 503 or a network that buffers streams) ask every two seconds.
      if (source && source.readyState === 2) { source = null; }
      if (mode === "live" || mode === "connecting") { setMode("polling"); }
      if (!pollTimer) { poll(); }
    };
    // First answer by a plain request too, so the page fills even if streams are held back.
    poll();
  }

  // ------------------------------------------------------------------ check page
  var checks = { "check-ping": null, "check-live": null }; // id -> [ok, key, values]

  function renderCheck() {
    Object.keys(checks).forEach(function (id) {
      var result = checks[id];
      var item = $(id);
      if (!result || !item) { return; }
      item.className = result[0] ? "ok" : "fail";
      item.querySelector(".mark").textContent = result[0] ? "✓" : "!";
      var text = item.querySelector(".text");
      text.removeAttribute("data-i18n");
      text.textContent = t(result[1], result[2]);
    });
  }

  function check() {
    var started = Date.now();
    function mark(id, ok, key, values) {
      checks[id] = [ok, key, values];
      renderCheck();
    }
    fetch("/check/ping", { cache: "no-store", credentials: "omit" }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function () {
      var ms = Date.now() - started;
      mark("check-ping", true, ms > 800 ? "check_ping_slow" : "check_ping_ok", { ms: ms });
    }).catch(function () { mark("check-ping", false, "check_ping_fail"); });
    if (!window.EventSource) { mark("check-live", false, "check_live_fail"); return; }
    var events = new EventSource("/check/events");
    var done = false;
    var timeout = window.setTimeout(function () {
      if (done) { return; }
      done = true;
      events.close();
      mark("check-live", false, "check_live_fail");
    }, 5000);
    events.addEventListener("tick", function () {
      if (done) { return; }
      done = true;
      window.clearTimeout(timeout);
      events.close();
      mark("check-live", true, "check_live_ok");
    });
  }

  // ------------------------------------------------------------------ start
  function start() {
    applyLanguage();
    if (page === "check") { check(); return; }
    connect();
    window.setInterval(function () {
      renderTimer();
    }, 1000);
  }

  start();
})();

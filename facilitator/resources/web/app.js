/* Facilitator: the participants' pages (join, live, table, check).
 *
 * Served by the coordinator's laptop on the local network; no external assets. All data is
 * rendered with textContent, never as HTML. Live updates arrive as server-sent events, with
 * polling every 2 seconds as the fallback. Swedish by default; English when the phone prefers
 * English, or by the toggle.
 */
(function () {
  "use strict";

  var STRINGS = {
    sv: {
      skip: "Hoppa till innehållet",
      toggle: "In English",
      toggle_lang: "en",
      loading: "Hämtar mötet …",
      noscript: "Sidan behöver JavaScript för att visa mötet.",
      kicker_join: "Välkommen till mötet",
      kicker_live: "Live från mötet",
      kicker_check: "För samordnaren",
      nav_heading: "Sidor för mötet",
      nav_meeting: "Mötet",
      follow_live: "Följ mötet live",
      send_idea: "Skicka en idé eller fråga",
      give_dots: "Ge dina prickar",
      about_meeting: "Om mötet och vad som händer med resultaten",
      frame_heading: "Vad händer med resultaten?",
      purpose_heading: "Mötets syfte",
      feedback_heading: "Så får du veta vad som hände",
      next_steps_heading: "Nästa steg",
      tables_heading: "Borden",
      tables_hint: "Välj ditt bord för att se dess fråga och anteckningar.",
      privacy_heading: "Om din integritet",
      questions_heading: "Frågor",
      question_now_heading: "Frågan just nu",
      table_questions_heading: "Frågan vid bordet",
      theme_heading: "Temat vid bordet",
      key_factor_label: "Nyckelfaktor",
      guiding_questions_label: "Vägledande frågor",
      contributions_heading: "Det som har sagts",
      contributions_empty: "Inget är publicerat än. Samordnaren visar bidragen här under mötet.",
      notes_heading: "Anteckningar från bordet",
      notes_empty: "Inga anteckningar är publicerade från det här bordet än.",
      measures_heading: "Beslutade åtgärder",
      after_heading: "Vad blev det av idéerna?",
      table: "Bordet",
      table_n: "Bord {n}",
      table_named: "Bord {n}: {name}",
      round_n: "Omgång {n}",
      current: "Nu",
      other_group: "Övrigt",
      theme_votes: "{n} prickar",
      theme_vote: "1 prick",
      votes: "{n} prickar",
      vote: "1 prick",
      at_table: "bord {n}",
      in_round: "omgång {n}",
      mitigations: "Så kan risken minskas:",
      outcome_kept: "Finns kvar i underlaget",
      outcome_merged: "Slogs ihop med ett liknande förslag",
      outcome_merged_into: "Slogs ihop med: {text}",
      outcome_measure: "Blev åtgärd: {titles}",
      outcome_measure_theme: "Temat blev åtgärd: {titles}",
      department: "Ansvarig förvaltning: {name}",
      due: "Klart senast {date}",
      time_frame: "Tidsram: {text}",
      status_decided: "Beslutad",
      status_ongoing: "Pågår",
      status_done: "Klar",
      status_cancelled: "Avbruten",
      kind_idea: "Idé",
      kind_note: "Anteckning",
      kind_question: "Fråga",
      kind_quote: "Citat",
      kind_risk: "Risk",
      kind_obstacle: "Strukturellt hinder",
      after_summary: "{measures} av {ideas} förslag har blivit åtgärder, {merged} slogs ihop med liknande förslag och {kept} finns kvar i underlaget.",
      timer_running: "{what}: {time} kvar",
      timer_over: "{what}: tiden är ute",
      timer_paused: "{what}: pausad, {time} kvar",
      timer_round: "Omgång {n}",
      timer_item: "Pågår",
      timer_stopped: "Omgång {n} pågår",
      connecting: "Ansluter …",
      live: "Uppdateras direkt när samordnaren visar något nytt.",
      polling: "Uppdateras varannan sekund.",
      offline: "Ingen kontakt med datorn just nu. Försöker igen …",
      gone: "Mötet delas inte längre. Tack för att du var med!",
      updated: "Uppdaterat.",
      new_items: "{n} nya bidrag.",
      new_item: "Ett nytt bidrag.",
      new_badge: "Nytt",
      check_title: "Telefonen når datorn",
      check_page: "Sidan kom från din dator. Telefoner i samma nätverk kan öppna mötets sidor.",
      check_ping_wait: "Mäter svarstiden …",
      check_ping_ok: "Datorn svarade på {ms} ms.",
      check_ping_slow: "Datorn svarade, men långsamt ({ms} ms). Nätverket är belastat.",
      check_ping_fail: "Datorn svarade inte på den andra frågan. Ladda om sidan.",
      check_live_wait: "Provar direktuppdateringar …",
      check_live_ok: "Direktuppdateringar fungerar: ändringar syns inom en sekund.",
      check_live_fail: "Direktuppdateringar kommer inte fram i det här nätverket. Telefonerna frågar i stället datorn varannan sekund.",
      advice_heading: "Om deltagarnas telefoner ändå inte når sidan",
      advice_same_network: "Alla måste vara anslutna till samma wifi som datorn. Telefoner som använder mobildata når inte datorn.",
      advice_isolation: "Många wifi-nät för gäster hindrar enheter från att nå varandra (klientisolering). Starta då en surfzon (hotspot) på datorn eller använd en egen reserouter, och be deltagarna ansluta till den.",
      advice_firewall: "Datorns brandvägg kan fråga om Facilitator får ta emot anslutningar. Svara ja för privata nätverk.",
      advice_address: "Kontrollera att adressen i Facilitator hör till det nätverk telefonerna använder.",
      check_footer: "Ingenting sparas om din telefon.",
      locale: "sv-SE"
    },
    en: {
      skip: "Skip to content",
      toggle: "På svenska",
      toggle_lang: "sv",
      loading: "Loading the meeting …",
      noscript: "This page needs JavaScript to show the meeting.",
      kicker_join: "Welcome to the meeting",
      kicker_live: "Live from the meeting",
      kicker_check: "For the coordinator",
      nav_heading: "Pages for the meeting",
      nav_meeting: "The meeting",
      follow_live: "Follow the meeting live",
      send_idea: "Send an idea or question",
      give_dots: "Give your dots",
      about_meeting: "About the meeting and what happens with the results",
      frame_heading: "What happens with the results?",
      purpose_heading: "Purpose of the meeting",
      feedback_heading: "How you will hear what happened",
      next_steps_heading: "Next steps",
      tables_heading: "Tables",
      tables_hint: "Choose your table to see its question and notes.",
      privacy_heading: "About your privacy",
      questions_heading: "Questions",
      question_now_heading: "The question right now",
      table_questions_heading: "The question at this table",
      theme_heading: "The theme at this table",
      key_factor_label: "Key factor",
      guiding_questions_label: "Guiding questions",
      contributions_heading: "What has been said",
      contributions_empty: "Nothing has been published yet. The coordinator shows contributions here during the meeting.",
      notes_heading: "Notes from this table",
      notes_empty: "No notes from this table have been published yet.",
      measures_heading: "Agreed measures",
      after_heading: "What became of the ideas?",
      table: "The table",
      table_n: "Table {n}",
      table_named: "Table {n}: {name}",
      round_n: "Round {n}",
      current: "Now",
      other_group: "Other",
      theme_votes: "{n} dots",
      theme_vote: "1 dot",
      votes: "{n} dots",
      vote: "1 dot",
      at_table: "table {n}",
      in_round: "round {n}",
      mitigations: "How the risk can be reduced:",
      outcome_kept: "Kept in the material",
      outcome_merged: "Merged with a similar proposal",
      outcome_merged_into: "Merged with: {text}",
      outcome_measure: "Became a measure: {titles}",
      outcome_measure_theme: "Its theme became a measure: {titles}",
      department: "Responsible department: {name}",
      due: "Due {date}",
      time_frame: "Time frame: {text}",
      status_decided: "Decided",
      status_ongoing: "Ongoing",
      status_done: "Done",
      status_cancelled: "Cancelled",
      kind_idea: "Idea",
      kind_note: "Note",
      kind_question: "Question",
      kind_quote: "Quote",
      kind_risk: "Risk",
      kind_obstacle: "Structural obstacle",
      after_summary: "{measures} of {ideas} proposals have become measures, {merged} were merged with similar proposals and {kept} are kept in the material.",
      timer_running: "{what}: {time} left",
      timer_over: "{what}: time is up",
      timer_paused: "{what}: paused, {time} left",
      timer_round: "Round {n}",
      timer_item: "Now",
      timer_stopped: "Round {n} in progress",
      connecting: "Connecting …",
      live: "Updates as soon as the coordinator shows something new.",
      polling: "Updates every two seconds.",
      offline: "No contact with the computer right now. Trying again …",
      gone: "The meeting is no longer shared. Thank you for taking part!",
      updated: "Updated.",
      new_items: "{n} new contributions.",
      new_item: "One new contribution.",
      new_badge: "New",
      check_title: "The phone reaches the computer",
      check_page: "This page came from your computer. Phones on the same network can open the meeting's pages.",
      check_ping_wait: "Measuring the response time …",
      check_ping_ok: "The computer answered in {ms} ms.",
      check_ping_slow: "The computer answered, but slowly ({ms} ms). The network is busy.",
      check_ping_fail: "The computer did not answer the second request. Reload the page.",
      check_live_wait: "Trying live updates …",
      check_live_ok: "Live updates work: changes appear within a second.",
      check_live_fail: "Live updates do not get through on this network. Phones will ask the computer every two seconds instead.",
      advice_heading: "If participants' phones still cannot reach the page",
      advice_same_network: "Everyone must be on the same Wi-Fi as the computer. Phones on mobile data cannot reach it.",
      advice_isolation: "Many guest Wi-Fi networks stop devices from reaching each other (client isolation). Then start a hotspot on the computer or use your own travel router, and ask participants to join it.",
      advice_firewall: "The computer's firewall may ask whether Facilitator may accept connections. Answer yes for private networks.",
      advice_address: "Check that the address in Facilitator belongs to the network the phones use.",
      check_footer: "Nothing about your phone is stored.",
      locale: "en-GB"
    }
  };

  var POLL_MS = 2000;  // after a failure
  var POLL_AGAIN_MS = 50;  // after an answer: the next long poll at once
  var page = document.body.getAttribute("data-page");
  var lang = chooseLanguage();
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
    var text = STRINGS[lang][key];
    if (text === undefined) { text = STRINGS.sv[key] || key; }
    if (values) {
      text = text.replace(/\{(\w+)\}/g, function (all, name) {
        return values[name] !== undefined ? String(values[name]) : all;
      });
    }
    return text;
  }

  function chooseLanguage() {
    var stored = null;
    try { stored = window.localStorage.getItem("facilitator-lang"); } catch (e) { stored = null; }
    if (stored === "sv" || stored === "en") { return stored; }
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "sv"];
    for (var i = 0; i < prefs.length; i++) {
      var code = String(prefs[i] || "").toLowerCase();
      if (code.indexOf("sv") === 0) { return "sv"; }
      if (code.indexOf("en") === 0) { return "en"; }
    }
    return "sv";
  }

  function setLanguage(next) {
    lang = next;
    try { window.localStorage.setItem("facilitator-lang", next); } catch (e) { /* private mode */ }
    // The pages made on the server (sending ideas and dots) follow the same choice.
    try { document.cookie = "lang=" + next + "; path=/; max-age=172800; samesite=strict"; } catch (e) { /* no cookies */ }
    applyLanguage();
    render();
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
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
    var toggle = $("lang-toggle");
    if (toggle) {
      toggle.textContent = t("toggle");
      toggle.setAttribute("lang", t("toggle_lang"));
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
      var meta = [formatDate(meeting.date), [meeting.start_time, meeting.end_time].filter(Boolean).join("–"), meeting.place];
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
    var note = state.privacy_note || {};
    setText("privacy", note[lang] || note.sv || "");
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
      item.appendChild(el("p", "text", q.text));
      if (q.guidance) { item.appendChild(el("p", "guidance", q.guidance)); }
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
    item.appendChild(el("p", "text", c.text));
    if (c.mitigations && c.mitigations.length) {
      item.appendChild(el("p", "sub", t("mitigations")));
      var list = el("ul", "mitigations");
      c.mitigations.forEach(function (m) { list.appendChild(el("li", null, m)); });
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
      var head = el("h3", null, section.title);
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
    if (now) {
      questions = questions.filter(function (q) { return q.round === now || !q.round; });
    } else if (contributions.length) {
      questions = [];
    }
    setText("questions-heading", t(now ? "question_now_heading" : "questions_heading"));
    renderQuestions(questions);
    noteFresh(contributions);
    renderGroups(contributions, byQuestionAndTheme);
    var list = $("measures");
    clear(list);
    (state.measures || []).forEach(function (m) {
      var item = el("li", "measure");
      item.appendChild(el("h3", null, m.title));
      var facts = el("p", "facts");
      facts.appendChild(el("span", "status status-" + String(m.status).replace(/[^a-z]/g, ""), t("status_" + m.status)));
      item.appendChild(facts);
      if (m.department) { item.appendChild(el("p", null, t("department", { name: m.department }))); }
      if (m.due_date) { item.appendChild(el("p", null, t("due", { date: formatDate(m.due_date) }))); }
      else if (m.time_frame) { item.appendChild(el("p", null, t("time_frame", { text: m.time_frame }))); }
      if (m.description) { item.appendChild(el("p", "sub", m.description)); }
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
    factor.appendChild(el("p", "text", theme.key_factor));
    var list = $("theme-questions");
    clear(list);
    theme.questions.forEach(function (q) {
      var item = el("li", "question");
      item.appendChild(el("p", "text", q));
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
    if (notice) { notice.textContent = t("gone"); show(notice, true); }
  }

  var pollInFlight = false;  // one request at a time: a long poll may be waiting at the server

  function poll() {
    pollTimer = null;
    if (pollInFlight) { return; }
    pollInFlight = true;
    // Long polling: the server holds the request until something changes (or a few seconds).
    var url = "/m/" + token + "/api/state" + (rev ? "?since=" + encodeURIComponent(rev) + "&wait=1" : "");
    fetch(url, { cache: "no-store", credentials: "omit" }).then(function (response) {
      if (response.status === 404) { gone(); return null; }
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (message) {
      pollInFlight = false;
      if (!message) { return; }
      accept(message);
      if (mode !== "live") { setMode("polling"); }
      schedulePoll(POLL_AGAIN_MS);
    }).catch(function () {
      pollInFlight = false;
      if (mode !== "live") { setMode("offline"); }
      schedulePoll(POLL_MS);
    });
  }

  function schedulePoll(delay) {
    if (mode === "gone" || mode === "live" || pollTimer) { return; }
    pollTimer = window.setTimeout(poll, delay === undefined ? POLL_MS : delay);
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
    var toggle = $("lang-toggle");
    if (toggle) {
      toggle.addEventListener("click", function () { setLanguage(lang === "sv" ? "en" : "sv"); });
    }
    applyLanguage();
    if (page === "check") { check(); return; }
    connect();
    window.setInterval(function () {
      renderTimer();
    }, 1000);
  }

  start();
})();

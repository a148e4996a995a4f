// The participant page: join with the code, add cards, place dots, follow the round live.
// Card text is only ever put on the page with textContent (never as markup).
"use strict";
(function () {
  var T = {
    en: {code: "Join code", name: "Your name (optional)",
      consent: "Show my name with my cards and dots", join: "Join",
      add: "Add a card", kind: "Kind", category: "Category", card_title: "Title",
      card_text: "More text (optional)", send: "Send card", mine: "Your cards",
      open: "The round is open", paused: "The round is paused", ended: "The round has ended",
      left: "Dots left: ", sent: "Sent.", stored: "Your card is on the board.",
      inbox: "Your card went to the facilitator.", hidden: "Your card is hidden until revealed.",
      offline: "No connection. Trying again…", anonymous: "Anonymous round: no names are kept.",
      none: "(none)", joined: "You have joined.", plus: "Add a dot to", minus: "Take a dot from"},
    da: {code: "Kode", name: "Dit navn (valgfrit)",
      consent: "Vis mit navn ved mine kort og prikker", join: "Deltag",
      add: "Tilføj et kort", kind: "Type", category: "Kategori", card_title: "Titel",
      card_text: "Mere tekst (valgfrit)", send: "Send kort", mine: "Dine kort",
      open: "Runden er åben", paused: "Runden er sat på pause", ended: "Runden er slut",
      left: "Prikker tilbage: ", sent: "Sendt.", stored: "Dit kort er på tavlen.",
      inbox: "Dit kort er sendt til facilitatoren.", hidden: "Dit kort er skjult, til det vises.",
      offline: "Ingen forbindelse. Prøver igen…", anonymous: "Anonym runde: ingen navne gemmes.",
      none: "(ingen)", joined: "Du deltager nu.", plus: "Giv en prik til", minus: "Tag en prik fra"}
  };
  var lang = document.documentElement.lang === "da" ? "da" : "en";
  var t = T[lang];
  var $ = function (id) { return document.getElementById(id); };
  var token = sessionStorage.getItem("coi-token") || "";
  var pub = null, mine = null, events = null;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function say(text, ok) { var m = $("message"); m.textContent = text || ""; m.className = ok ? "ok" : ""; }
  function newKey() {
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
  }
  function call(method, path, body, tries) {
    var opts = {method: method, headers: {"Content-Type": "application/json"}, cache: "no-store"};
    if (token) opts.headers.Authorization = "Bearer " + token;
    if (body) opts.body = JSON.stringify(body);
    return fetch(path, opts).then(function (r) {
      return r.json().catch(function () { return {ok: false, message: ""}; }).then(function (j) {
        j.status = r.status;
        if (r.status === 401 && token) askJoin();  // the server was restarted: join again
        return j;
      });
    }, function () {
      // The answer may have been lost: send the same request (same key) again.
      if ((tries || 0) >= 4) { return {ok: false, status: 0, message: t.offline}; }
      say(t.offline);
      return new Promise(function (res) { setTimeout(res, 700 * ((tries || 0) + 1)); })
        .then(function () { return call(method, path, body, (tries || 0) + 1); });
    });
  }

  function show(id, on) { $(id).hidden = !on; }

  function renderStatus() {
    var s = pub && pub.round ? pub.round.state : "open";
    var st = $("status");
    st.textContent = t[s] || s;
    st.className = s;
    var h = pub && pub.round ? (pub.round.canvas || pub.round.workshop) : "";
    if (h) $("title").textContent = h;
    if (pub && pub.round && pub.round.anonymous) st.textContent += " · " + t.anonymous;
    var open = s === "open";
    $("send").disabled = !open;
    document.querySelectorAll("#vote-cards button").forEach(function (b) { b.disabled = !open; });
  }

  function renderKinds() {
    var c = pub.cards, box = $("kinds");
    var chosen = (box.querySelector("input:checked") || {}).value;
    box.querySelectorAll("label").forEach(function (l) { l.remove(); });
    c.kinds.forEach(function (k, i) {
      var l = el("label"), r = el("input");
      r.type = "radio"; r.name = "kind"; r.value = k.id;
      r.checked = chosen ? chosen === k.id : i === 0;
      r.addEventListener("change", renderCategory);
      l.appendChild(r); l.appendChild(el("span", k.label)); box.appendChild(l);
    });
    var sel = $("category"), keep = sel.value;
    sel.textContent = "";
    var none = el("option", t.none); none.value = ""; sel.appendChild(none);
    c.categories.forEach(function (g) { var o = el("option", g.label); o.value = g.key; sel.appendChild(o); });
    sel.value = keep;
    renderCategory();
  }
  function renderCategory() {
    var kind = ($("kinds").querySelector("input:checked") || {}).value;
    show("category-box", kind === "barrier" && pub.cards.categories.length > 0);
  }

  function renderMine() {
    var ul = $("my-cards");
    ul.textContent = "";
    (mine ? mine.cards : []).slice().reverse().forEach(function (c) {
      var li = el("li", c.title);
      li.appendChild(el("small", t[c.status === "live" ? "stored" : c.status] || ""));
      ul.appendChild(li);
    });
    var v = pub && pub.vote;
    if (!v) return;
    var left = mine && mine.dots_left !== null && mine.dots_left !== undefined ? mine.dots_left : v.budget;
    $("dots-left").textContent = t.left + left + " / " + v.budget;
    var dots = (mine && mine.dots) || {};
    var open = pub.round.state === "open";
    var list = $("vote-cards");
    // Rebuild only when something shown changed, so a tap never lands on a vanished button.
    var shown = JSON.stringify([v.cards, dots, left, open]);
    if (list.dataset.shown === shown) return;
    list.dataset.shown = shown;
    list.textContent = "";
    v.cards.forEach(function (c) {
      var li = el("li"), n = dots[c.id] || 0;
      var minus = el("button", "−"), plus = el("button", "+");
      minus.type = plus.type = "button";
      minus.setAttribute("aria-label", t.minus + " " + c.title);
      plus.setAttribute("aria-label", t.plus + " " + c.title);
      minus.disabled = !open || n === 0;
      plus.disabled = !open || left <= 0 || n >= v.max_per_card;
      minus.addEventListener("click", function () { vote(c.id, -1); });
      plus.addEventListener("click", function () { vote(c.id, 1); });
      plus.dataset.card = c.id;
      var txt = el("span", c.title, "t");
      txt.appendChild(el("small", c.kind));
      li.appendChild(txt); li.appendChild(minus); li.appendChild(el("span", String(n), "n"));
      li.appendChild(plus);
      list.appendChild(li);
    });
  }

  function render() {
    if (!pub) return;
    show("join", false);
    show("add", !!pub.cards);
    show("vote", !!pub.vote);
    if (pub.cards) renderKinds();
    if (pub.vote) $("vote-title").textContent = pub.vote.title;
    renderStatus();
    renderMine();
  }

  function took(answer) {
    if (answer.mine) mine = answer.mine;
    if (answer.state) pub = answer.state;
    render();
  }

  function listen() {
    if (events) events.close();
    events = new EventSource("/api/events?token=" + encodeURIComponent(token));
    events.addEventListener("state", function (e) {
      try { pub = JSON.parse(e.data); render(); } catch (err) { /* keep the last state */ }
    });
    events.onerror = function () {
      // The browser retries by itself; a closed stream means the server turned us away.
      if (events.readyState === EventSource.CLOSED) {
        setTimeout(function () {
          call("GET", "/api/state").then(function (a) { if (a.ok) { took(a); listen(); } });
        }, 2000);
      }
    };
  }

  function vote(cardId, delta) {
    call("POST", "/api/votes", {key: newKey(), card_id: cardId, delta: delta}).then(function (a) {
      if (a.mine) { mine = a.mine; renderMine(); }
      say(a.ok ? "" : a.message, a.ok);
    });
  }

  $("join-form").addEventListener("submit", function (e) {
    e.preventDefault();
    $("join-button").disabled = true;
    call("POST", "/api/join", {code: $("code").value.trim(), name: $("name").value,
      consent: $("consent").checked}).then(function (a) {
      $("join-button").disabled = false;
      if (!a.ok) { say(a.message); return; }
      token = a.token;
      sessionStorage.setItem("coi-token", token);
      history.replaceState(null, "", "/");
      say(t.joined, true);
      took(a); listen();
    });
  });

  $("card-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var kind = ($("kinds").querySelector("input:checked") || {}).value;
    var body = {key: newKey(), kind: kind, title: $("card-title").value,
      text: $("card-text").value, category: kind === "barrier" ? $("category").value : ""};
    $("send").disabled = true;
    call("POST", "/api/cards", body).then(function (a) {
      $("send").disabled = !(pub && pub.round.state === "open");
      if (!a.ok) { say(a.message); return; }
      $("card-title").value = ""; $("card-text").value = "";
      say(t[a.card.status === "live" ? "stored" : a.card.status], true);
      took(a);
    });
  });

  document.querySelectorAll("[data-t]").forEach(function (n) { n.textContent = t[n.dataset.t]; });
  var code = new URLSearchParams(location.search).get("code");
  if (code) $("code").value = code;
  function askJoin() {
    token = ""; sessionStorage.removeItem("coi-token");
    if (events) { events.close(); events = null; }
    ["add", "vote"].forEach(function (id) { show(id, false); });
    show("join", true); $("code").focus();
  }
  if (token) {
    call("GET", "/api/state").then(function (a) { if (a.ok) { took(a); listen(); } else askJoin(); });
  } else askJoin();
})();

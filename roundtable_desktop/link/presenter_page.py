"""The browser view's page: one HTML file with its style and script, served at the share's address.

It opens the read-only websocket at /view, keeps the last reading of the clock and counts on from
it (the same arithmetic as ``domain.speaker_clock.countdown_text``), in the presenter display's
phase colours, with the chair's message large above the countdown. Before the meeting it counts
down to the start ("Starts in 4:12", the title), after the last speaker it shows the end, in the
presenter display's words. It reconnects by itself and says when the link is lost.

Its words come from ``presenter_words`` in the page's language (filled in where the page says
``__WORDS__``); in Arabic it reads right to left, the countdown's digits left to right.
"""

PAGE = """<!DOCTYPE html>
<html lang="__LANG__" dir="__DIR__"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
html, body { margin: 0; height: 100%; background: #000; color: #f5f5f5;
  font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC",
  "Liberation Sans", Arial, sans-serif; }
body { display: flex; flex-direction: column; justify-content: space-around; align-items: center;
  text-align: center; padding: 2vh 3vw; box-sizing: border-box; }
#speaker { font-size: min(7vh, 9vw); font-weight: bold; }
#function, #next, #meeting { color: #bdbdbd; font-size: min(3.5vh, 5vw); }
/* sizes by the screen's height, or by its width on a phone held upright */
#countdown { font-size: min(30vh, 22vw); font-weight: bold; font-variant-numeric: tabular-nums;
  direction: ltr; unicode-bidi: isolate; line-height: 1; }
#status { color: #ff3b30; font-size: min(3vh, 4.5vw); min-height: 3.5vh; }
#phase { color: #bdbdbd; font-size: min(4vh, 6vw); font-weight: bold; }
#message { font-size: min(8vh, 9vw); font-weight: bold; color: #000; background: #f5f5f5;
  border-radius: 1vh; padding: 0.5vh 3vw; max-width: 90vw; overflow-wrap: anywhere; }
#message:empty { display: none; }
#meeting, #speaker, #message { unicode-bidi: plaintext; } /* typed text: laid out by its own script */
</style></head>
<body>
<div id="meeting"></div>
<div><div id="speaker">&nbsp;</div><div id="function"></div></div>
<div id="message" role="alert"></div>
<div id="countdown" data-remaining="">&ndash;:&ndash;&ndash;</div>
<div id="phase"></div>
<div id="next"></div>
<div id="status">__CONNECTING__</div>
<script>
"use strict";
const WORDS = __WORDS__;
const COLOURS = {none: "#9e9e9e", normal: "#4cd964", wrap_up: "#ffb300", over: "#ff3b30"};
let reading = null, receivedAt = 0, lostSince = null;
function countdownText(remaining) {
  let seconds, sign;
  if (remaining > 0) { seconds = Math.ceil(remaining - 1e-9); sign = ""; }
  else { seconds = Math.floor(-remaining + 1e-9); sign = "+"; }
  return sign + Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}
function clockText(seconds) {
  const hours = Math.floor(seconds / 3600), minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours ? hours + ":" + String(minutes).padStart(2, "0") + ":" + rest : minutes + ":" + rest;
}
function text(id, value) { document.getElementById(id).textContent = value; }
function isolated(value) {  /* a name inside a right-to-left sentence keeps its own order */
  return document.documentElement.dir === "rtl" && value ? "\\u2068" + value + "\\u2069" : value;
}
function say(key, values) {
  return WORDS[key].replace(/\\{(\\w+)\\}/g, (all, name) => name in values ? isolated(values[name]) : all);
}
function speakerLine(m) {
  if (m.language_code === undefined) return m["function"] || "";
  const language = m.language_code ? (WORDS["language_" + m.language_code] || m.language_code) : "";
  const speaks = language ? WORDS.speaks.replace("{language}", () => language) : "";  /* joined */
  return [speaks, isolated(m.described || "")].filter(Boolean).join(" \u00b7 ");
}
function paintBefore(digits) {
  let due = reading.starts_in === 0, left = null;
  if (reading.starts_in !== null && reading.starts_in !== undefined) {
    left = Math.max(0, Math.ceil(reading.starts_in - (performance.now() - receivedAt) / 1000 - 1e-9));
    due = left === 0;
  }
  text("speaker", reading.meeting || "");
  text("function", left === null ? "" : due ? WORDS.about_to_begin : WORDS.starts_in);
  digits.textContent = left === null || due ? "" : clockText(left);
  digits.dataset.startsIn = left === null ? "" : String(left);
  text("phase", reading.planned_start ? say("planned_start", {when: reading.planned_start}) : "");
  text("next", reading.next ? say("first", {name: reading.next}) : "");
}
function paintEnded(digits) {
  text("speaker", WORDS.end_of_meeting);
  text("function", reading.meeting || "");
  digits.textContent = "";
  text("phase", reading.ended_at ? say("ended_at", {time: reading.ended_at}) : "");
  text("next", "");
}
function paint() {
  const digits = document.getElementById("countdown");
  digits.style.visibility = "visible";
  digits.dataset.remaining = "";
  const stage = reading ? reading.stage : "";
  if (stage === "before" || stage === "ended") {
    digits.style.color = COLOURS.none;
    if (stage === "before") paintBefore(digits); else paintEnded(digits);
    return;
  }
  text("phase", "");
  if (!reading || !reading.state) {
    digits.textContent = "\u2013:\u2013\u2013"; digits.style.color = COLOURS.none; return;
  }
  const spoken = reading.spoken + (reading.running ? (performance.now() - receivedAt) / 1000 : 0);
  const remaining = reading.limit - spoken;
  const phase = spoken >= reading.limit ? "over" : spoken >= reading.target ? "wrap_up" : "normal";
  digits.textContent = countdownText(remaining);
  digits.dataset.remaining = remaining.toFixed(3);
  digits.style.color = COLOURS[phase];
  digits.style.visibility = (phase !== "over" || Math.floor(spoken * 2) % 2 === 0) ? "visible" : "hidden";
}
function show(message) {
  reading = message; receivedAt = performance.now();
  text("meeting", message.stage === "under_way" || !message.stage ? (message.meeting || "") : "");
  text("speaker", message.speaker || WORDS.nobody_speaking);
  text("function", speakerLine(message));
  text("next", message.next ? say("next", {name: message.next}) : "");
  text("message", message.message || "");
  paint();
}
function connect() {
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const socket = new WebSocket(scheme + location.host + "/view");
  socket.onopen = () => { lostSince = null; document.getElementById("status").textContent = ""; };
  socket.onmessage = (event) => { try { const m = JSON.parse(event.data);
    if (m.type === "presenter") show(m); } catch (e) {} };
  socket.onclose = () => {
    if (lostSince === null) lostSince = new Date();
    const hh = String(lostSince.getHours()).padStart(2, "0");
    const mm = String(lostSince.getMinutes()).padStart(2, "0");
    document.getElementById("status").textContent = say("link_lost", {time: hh + ":" + mm});
    setTimeout(connect, 2000);
  };
}
setInterval(paint, 100);
connect();
</script>
</body></html>
"""

"""The browser view's page: one HTML file with its style and script, served at the share's address.

It opens the read-only websocket at /view, keeps the last reading of the clock and counts on from
it (the same arithmetic as ``domain.speaker_clock.countdown_text``), in the presenter display's
phase colours. It reconnects by itself and says when the link is lost.
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Roundtable Desktop: presenter view</title>
<style>
html, body { margin: 0; height: 100%; background: #000; color: #f5f5f5;
  font-family: "Noto Sans", "Liberation Sans", Arial, sans-serif; }
body { display: flex; flex-direction: column; justify-content: space-around; align-items: center;
  text-align: center; padding: 2vh 3vw; box-sizing: border-box; }
#speaker { font-size: 7vh; font-weight: bold; }
#function, #next, #meeting { color: #bdbdbd; font-size: 3.5vh; }
#countdown { font-size: 30vh; font-weight: bold; font-variant-numeric: tabular-nums;
  direction: ltr; unicode-bidi: isolate; line-height: 1; }
#status { color: #ff3b30; font-size: 3vh; min-height: 3.5vh; }
</style></head>
<body>
<div id="meeting"></div>
<div><div id="speaker">&nbsp;</div><div id="function"></div></div>
<div id="countdown" data-remaining="">&ndash;:&ndash;&ndash;</div>
<div id="next"></div>
<div id="status">Connecting&hellip;</div>
<script>
"use strict";
const COLOURS = {none: "#9e9e9e", normal: "#4cd964", wrap_up: "#ffb300", over: "#ff3b30"};
let reading = null, receivedAt = 0, lostSince = null;
function countdownText(remaining) {
  let seconds, sign;
  if (remaining > 0) { seconds = Math.ceil(remaining - 1e-9); sign = ""; }
  else { seconds = Math.floor(-remaining + 1e-9); sign = "+"; }
  return sign + Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}
function paint() {
  const digits = document.getElementById("countdown");
  if (!reading || !reading.state) {
    digits.textContent = "\\u2013:\\u2013\\u2013"; digits.style.color = COLOURS.none;
    digits.dataset.remaining = ""; return;
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
  document.getElementById("meeting").textContent = message.meeting || "";
  document.getElementById("speaker").textContent = message.speaker || "Nobody is speaking";
  document.getElementById("function").textContent = message["function"] || "";
  document.getElementById("next").textContent = message.next ? "Next: " + message.next : "";
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
    document.getElementById("status").textContent = "Link lost since " + hh + ":" + mm;
    setTimeout(connect, 2000);
  };
}
setInterval(paint, 100);
connect();
</script>
</body></html>
"""

// The dashboard page: reads Telegram's launch parameters from the URL fragment (no outside
// script), sends the signed init data with every API call, and draws each view. Text from
// students and content is always set with textContent, never parsed as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const launch = new URLSearchParams(location.hash.slice(1));
let credentials = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key === "on") node.addEventListener("click", value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function show(node, ...children) {
  node.replaceChildren(...children.filter(Boolean));
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyTheme() {
  let theme = {};
  try {
    theme = JSON.parse(launch.get("tgWebAppThemeParams") || "{}");
  } catch (error) {
    theme = {};
  }
  for (const [key, value] of Object.entries(theme)) {
    if (/^#[0-9a-fA-F]{3,8}$/.test(String(value))) {
      document.documentElement.style.setProperty("--tg-" + key.replace(/_/g, "-"), value);
    }
  }
}

async function signIn() {
  const initData = launch.get("tgWebAppData");
  if (initData) return "tma " + initData;
  const link = launch.get("link");
  if (link) {
    history.replaceState(null, "", location.pathname);  // a one-time link is spent: do not keep it
    const answer = await fetch("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ link }),
    });
    if (!answer.ok) throw new Refused("link");
    const session = "session " + (await answer.json()).session;
    sessionStorage.setItem("session", session);
    return session;
  }
  return sessionStorage.getItem("session");
}

async function api(path, options = {}) {
  const answer = await fetch(path, {
    ...options,
    headers: { ...(options.headers || {}), Authorization: credentials },
  });
  if (answer.status === 401) throw new Refused();
  if (!answer.ok) throw new Error(String(answer.status));
  return answer;
}

class Refused extends Error {}

// A small chart per student: label, bar and figure on one line, so a class of 40 stays scrollable.
function compactChart(rows) {
  const width = 320, rowHeight = 20, labelWidth = 185;
  const chart = svg("svg", { class: "chart compact", viewBox: `0 0 ${width} ${rows.length * rowHeight}`, role: "img" });
  rows.forEach((row, index) => {
    const y = index * rowHeight;
    chart.append(svg("text", { x: 0, y: y + 14 }, row.label));
    chart.append(svg("rect", { x: labelWidth, y: y + 5, width: width - labelWidth - 40, height: 10, rx: 5, class: "track" }));
    const filled = Math.max(0, Math.min(1, row.value)) * (width - labelWidth - 40);
    chart.append(svg("rect", { x: labelWidth, y: y + 5, width: filled, height: 10, rx: 5, class: "bar" }));
    chart.append(svg("text", { x: width, y: y + 14, "text-anchor": "end", class: "value" }, row.text));
  });
  return chart;
}

// Charts: horizontal bars, a label above each so long names stay readable at 360 px.
function barChart(rows, { max } = {}) {
  const width = 320, rowHeight = 40;
  const top = max || Math.max(1, ...rows.map((r) => r.value));
  const chart = svg("svg", {
    class: "chart", viewBox: `0 0 ${width} ${rows.length * rowHeight + 4}`, role: "img",
  });
  rows.forEach((row, index) => {
    const y = index * rowHeight;
    chart.append(svg("text", { x: 0, y: y + 14 }, row.label));
    chart.append(svg("text", { x: width, y: y + 14, "text-anchor": "end", class: "value" }, row.text));
    chart.append(svg("rect", { x: 0, y: y + 20, width, height: 12, rx: 6, class: "track" }));
    const filled = Math.max(0, Math.min(1, row.value / top)) * width;
    chart.append(svg("rect", { x: 0, y: y + 20, width: filled, height: 12, rx: 6, class: "bar" }));
  });
  return chart;
}

function columnChart(columns) {
  const width = 320, height = 130, gap = 12;
  const top = Math.max(1, ...columns.map((c) => c.value));
  const columnWidth = (width - gap * (columns.length - 1)) / columns.length;
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
  columns.forEach((column, index) => {
    const x = index * (columnWidth + gap);
    const tall = (column.value / top) * (height - 44);
    chart.append(svg("rect", { x, y: height - 22, width: columnWidth, height: 2, class: "track" }));
    chart.append(svg("rect", { x, y: height - 20 - tall, width: columnWidth, height: tall, rx: 4, class: "bar" }));
    chart.append(svg("text", { x: x + columnWidth / 2, y: height - 24 - tall, "text-anchor": "middle" },
      String(column.value)));
    chart.append(svg("text", { x: x + columnWidth / 2, y: height - 4, "text-anchor": "middle", class: "value" },
      column.label));
  });
  return chart;
}

function masteryRows(mastery) {
  return mastery.map((m) => ({ label: m.title, value: m.mastered / m.total, text: `${m.mastered}/${m.total}` }));
}

function stat(value, label) {
  return el("div", { class: "stat" }, el("b", { text: String(value) }), el("span", { text: label }));
}

// Views.

async function showStudent(section) {
  const view = await (await api("/api/student")).json();
  show(section, 
    el("h2", { text: "Kemajuanku" }),
    el("div", { class: "stats" },
      stat(view.answers, "jawaban"),
      stat(view.accuracy_percent + "%", "benar"),
      stat(view.streak + " hari", "beruntun"),
      stat(view.due_now, "soal perlu diulang")),
    el("h2", { text: "Penguasaan per bab" }),
    barChart(masteryRows(view.mastery), { max: 1 }),
    el("h2", { text: "Kotak Leitner (soal yang pernah salah)" }),
    columnChart(Object.entries(view.boxes).map(([box, count]) => ({ label: "Kotak " + box, value: count }))),
    el("h2", { text: "Paling sering salah" }),
    view.missed.length
      ? el("ul", { class: "plain" }, ...view.missed.map((m) =>
        el("li", {}, el("div", { text: m.question }),
          el("span", { class: "hint", text: `${m.chapter} · salah ${m.wrong}×` }))))
      : el("p", { class: "hint", text: "Belum ada soal yang salah." }),
  );
}

async function showClass(section, groups) {
  const picker = el("select", { "aria-label": "Pilih grup" },
    ...groups.map((g) => el("option", { value: String(g.chat_id), text: g.title })));
  const body = el("div");
  picker.addEventListener("change", () => drawClass(body, picker.value));
  show(section, el("h2", { text: "Kelas" }), groups.length > 1 ? picker : null, body);
  await drawClass(body, String(groups[0].chat_id));
}

async function drawClass(body, chatId) {
  const view = await (await api(`/api/class/${encodeURIComponent(chatId)}`)).json();
  const downloads = el("div", { class: "row" },
    el("button", { text: "⬇️ Hasil (CSV)", on: () => download(chatId, "results") }),
    el("button", { text: "⬇️ Ringkasan siswa (CSV)", on: () => download(chatId, "students") }));
  show(body, 
    el("h3", { text: view.title }),
    downloads,
    el("h2", { text: "Papan skor sepanjang masa" }),
    view.leaderboard.length
      ? barChart(view.leaderboard.slice(0, 10).map((s) => ({ label: s.name, value: s.points, text: `${s.points} poin` })))
      : el("p", { class: "hint", text: "Belum ada poin." }),
    el("h2", { text: "Soal tersulit" }),
    questionList(view.questions),
    el("h2", { text: "Siswa" }),
    ...view.students.map(studentCard),
    el("h2", { text: "Jadwal turnamen" }),
    view.schedules.length
      ? el("ul", { class: "plain schedules" }, ...view.schedules.map((plan) => el("li", {},
        el("div", { text: plan.text }),
        el("button", { text: "Batalkan", on: () => cancelSchedule(body, chatId, plan.id) }))))
      : el("p", { class: "hint", text: "Belum ada. Admin grup menjadwalkan dengan /jadwal di grup." }),
    el("h2", { text: "Turnamen" }),
    el("ul", { class: "plain" }, ...view.tournaments.map((t) =>
      el("li", { text: `${t.date} · ${t.questions} soal · ${t.players} peserta${t.status === "finished" ? "" : " · " + t.status}` }))),
  );
}

function questionList(questions) {
  if (!questions.length) return el("p", { class: "hint", text: "Belum ada soal di turnamen." });
  return el("ul", { class: "plain" }, ...questions.map((q) => el("li", {},
    el("div", { text: q.question }),
    barChart([{ label: q.chapter, value: q.right_percent, text: `${q.right_percent}% benar dari ${q.asked}` }],
      { max: 100 }),
    q.common_wrong
      ? el("div", { class: "wrong", text: `Salah terbanyak: ${q.common_wrong} (${q.common_wrong_count}×)` })
      : null)));
}

function studentCard(s) {
  return el("div", { class: "card student" },
    el("h3", { text: s.name }),
    el("div", { class: "hint", text: `${s.accuracy_percent}% benar · ${s.answers} jawaban · terakhir aktif ${s.last_active || "-"}` }),
    s.inactive ? el("div", { class: "flag", text: "⚠️ Tidak aktif 7 hari" }) : null,
    compactChart(masteryRows(s.mastery)));
}

async function cancelSchedule(body, chatId, scheduleId) {
  const status = document.getElementById("status");
  try {
    await api(`/api/class/${encodeURIComponent(chatId)}/schedules/${scheduleId}/cancel`, { method: "POST" });
    await drawClass(body, chatId);
    status.textContent = "Jadwal dibatalkan.";
  } catch (error) {
    status.textContent = "Jadwal tidak dibatalkan, coba lagi.";
  }
}

async function download(chatId, kind) {
  const answer = await api(`/api/class/${encodeURIComponent(chatId)}/${kind}.csv`);
  const link = el("a", { href: URL.createObjectURL(await answer.blob()), download: `${kind}-${chatId}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

async function showAuthors(section) {
  const view = await (await api("/api/authors")).json();
  const cards = view.groups.map((group) => el("div", { class: "card question-group" },
    el("h3", { text: group.text }),
    el("div", { class: "hint", text: `ditanyakan ${group.count}×` }),
    group.wordings.length > 1 ? el("div", { class: "hint", text: group.wordings.slice(1).join(" · ") }) : null,
    el("div", { class: "hint", text: "Jadikan contoh pertanyaan untuk:" }),
    el("div", { class: "row" },
      ...group.suggestions.map((s) => el("button", {
        class: "primary", text: `+ ${s.title}`, on: () => decide(section, `/api/authors/${group.key}/add`, { intent: s.intent_id }),
      })),
      el("button", { text: "🗑️ Abaikan", on: () => decide(section, `/api/authors/${group.key}/dismiss`, {}) }))));
  show(section, 
    el("h2", { text: "Pertanyaan yang belum terjawab" }),
    ...(cards.length ? cards : [el("p", { class: "hint", text: "Tidak ada yang menunggu." })]),
  );
}

async function decide(section, path, body) {
  const status = document.getElementById("status");
  try {
    await api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    await showAuthors(section);
    status.textContent = "Tersimpan.";
  } catch (error) {
    status.textContent = error instanceof Refused ? "Sesi berakhir: buka lagi dari Telegram." : "Tidak tersimpan, coba lagi.";
  }
}

// Start.

function addTab(name, label, show) {
  const tab = el("button", { role: "tab", "data-view": name, "aria-selected": "false", text: label });
  tab.addEventListener("click", () => open(name, show));
  document.getElementById("tabs").append(tab);
}

async function open(name, show) {
  for (const tab of document.querySelectorAll("nav button")) {
    tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  }
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== "view-" + name;
  const status = document.getElementById("status");
  try {
    status.textContent = "Memuat…";
    await show(document.getElementById("view-" + name));
    status.textContent = "";
  } catch (error) {
    status.textContent = error instanceof Refused ? "Sesi berakhir: buka lagi dari Telegram." : "Gagal memuat, coba lagi.";
  }
}

async function main() {
  applyTheme();
  const status = document.getElementById("status");
  try {
    credentials = await signIn();
  } catch (error) {
    status.textContent = "Tautan ini sudah dipakai atau kedaluwarsa: kirim /guru lagi untuk tautan baru.";
    return;
  }
  if (!credentials) {
    status.textContent = "Buka dasbor ini dari Telegram: kirim /guru ke bot.";
    return;
  }
  let me;
  try {
    me = await (await api("/api/me")).json();
  } catch (error) {
    status.textContent = "Tidak bisa masuk. Buka lagi dari Telegram (/guru).";
    return;
  }
  document.getElementById("who").textContent = me.name;
  const tabs = [];
  if (me.groups.length) tabs.push(["class", "Kelas", (s) => showClass(s, me.groups)]);
  tabs.push(["student", "Kemajuanku", showStudent]);
  if (me.author) tabs.push(["authors", "Penulis", showAuthors]);
  for (const [name, label, show] of tabs) addTab(name, label, show);
  const wanted = tabs.find(([name]) => name === launch.get("view")) || tabs[0];
  await open(wanted[0], wanted[2]);
}

main();

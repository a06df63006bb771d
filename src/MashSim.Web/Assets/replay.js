// The replay: a week of the run's first replication, drawn from its event log. Dots are contacts (and cases after referral),
// coloured by RAG, in the column of the stage they are at: above the line while they wait, below while someone works on them.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const svgNs = 'http://www.w3.org/2000/svg';
  const W = 880, TOP = 58, MID = 250, BOTTOM = 396, R = 4.2, GAP = 10.5;
  const RAG = { Red: '#b3261e', Amber: '#a65b00', Green: '#1d6b32' };
  const replay = { data: null, runId: null, minute: 0, playing: false, last: 0, dots: new Map(), columns: [] };
  window.mashsimReplay = replay;

  // The week's start is a local time without a zone: read it as UTC and show it as UTC, so the clock is the scenario's.
  const startMs = () => Date.parse(replay.data.start.endsWith('Z') ? replay.data.start : replay.data.start + 'Z');

  function el(name, attributes, parent) {
    const node = document.createElementNS(svgNs, name);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (parent) parent.append(node);
    return node;
  }

  async function load(runId, day) {
    const url = `/api/runs/${runId}/replay` + (day === undefined || day === null ? '' : `?day=${day}`);
    const response = await fetch(url);
    const data = await response.json();
    if (!response.ok) { const box = $('errors'); box.textContent = (data.errors || ['The replay could not be loaded.']).join('\n'); box.hidden = false; return; }
    replay.data = data;
    replay.runId = runId;
    replay.minute = 0;
    $('no-replay').hidden = true;
    $('replay').hidden = false;
    $('week-day').value = data.day;
    $('week-day').max = data.horizonDays - 1;
    draw();
    dayButtons();
    render(true);
  }

  function draw() {
    const svg = $('replay-svg');
    for (const child of Array.from(svg.children)) if (child.tagName !== 'title') child.remove();
    replay.dots.clear();
    const stages = replay.data.stages;
    const width = W / stages.length;
    replay.columns = stages.map((stage, i) => {
      const x = i * width;
      const highlight = el('rect', { x: x + 2, y: 2, width: width - 4, height: BOTTOM - 2, fill: 'none', 'data-stage': stage.id }, svg);
      const label = el('text', { x: x + width / 2, y: 18, 'text-anchor': 'middle', class: 'col-label' }, svg);
      wrap(label, stage.label, x + width / 2);
      const count = el('text', { x: x + width / 2, y: 50, 'text-anchor': 'middle', class: 'count' }, svg);
      if (i > 0) el('line', { x1: x, y1: 4, x2: x, y2: BOTTOM, stroke: '#c7c7c7' }, svg);
      return { x, width, highlight, count };
    });
    el('line', { x1: 0, y1: MID, x2: W, y2: MID, class: 'divider' }, svg);
    for (const item of replay.data.items) {
      const dot = el('circle', { r: R, fill: RAG[item.rag] || '#555', 'data-id': item.id, cx: -20, cy: -20, visibility: 'hidden' }, svg);
      replay.dots.set(item.id, { item, node: dot, x: null, y: null });
    }
  }

  // Two lines at most for a column heading.
  function wrap(node, label, x) {
    const words = label.split(' ');
    const lines = [];
    for (const word of words) {
      if (lines.length && (lines[lines.length - 1] + ' ' + word).length <= 13) lines[lines.length - 1] += ' ' + word;
      else lines.push(word);
    }
    lines.slice(0, 3).forEach((line, i) => { const t = el('tspan', { x, dy: i === 0 ? 0 : 14 }, node); t.textContent = line; });
  }

  function dayButtons() {
    const box = $('day-buttons');
    box.innerHTML = '';
    const start = new Date(startMs());
    for (let d = 0; d < replay.data.days; d++) {
      const date = new Date(start.getTime() + d * 86400000);
      const button = document.createElement('button');
      button.className = 'button secondary';
      button.textContent = date.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
      button.setAttribute('aria-label', 'Jump to ' + date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }));
      button.addEventListener('click', () => { replay.minute = d * 1440; render(true); });
      box.append(button);
    }
  }

  // Where each item is at minute t: the stage it has reached, and whether it waits or is being worked on.
  function positionOf(item, t) {
    let best = null;
    for (const [stage, queued, start, end] of item.segments) {
      if (queued <= t && t < end && (!best || queued >= best.queued)) best = { stage, queued, waiting: t < start || stage === 2 };
    }
    return best;
  }

  function render(jump) {
    const data = replay.data;
    if (!data) return;
    const t = replay.minute;
    const slots = new Map();
    for (const [, dot] of replay.dots) {
      const at = positionOf(dot.item, t);
      if (!at) { dot.node.setAttribute('visibility', 'hidden'); dot.x = null; continue; }
      const key = `${at.stage}-${at.waiting}`;
      const n = slots.get(key) || 0;
      slots.set(key, n + 1);
      const column = replay.columns[at.stage];
      const perRow = Math.max(1, Math.floor((column.width - 8) / GAP));
      const row = Math.floor(n / perRow), col = n % perRow;
      const x = column.x + 6 + R + col * GAP;
      const y = at.waiting ? MID - 8 - row * GAP : MID + 10 + row * GAP;
      if (y < TOP || y > BOTTOM) { dot.node.setAttribute('visibility', 'hidden'); continue; }
      // Dots glide to their new place rather than jump, so a pile-up is seen forming.
      if (jump || dot.x === null) { dot.x = x; dot.y = y; } else { dot.x += (x - dot.x) * 0.35; dot.y += (y - dot.y) * 0.35; }
      dot.node.setAttribute('cx', dot.x.toFixed(1));
      dot.node.setAttribute('cy', dot.y.toFixed(1));
      dot.node.setAttribute('visibility', 'visible');
    }
    const step = data.steps[Math.min(data.steps.length - 1, Math.floor(t / data.stepMinutes))];
    replay.columns.forEach((column, i) => {
      column.count.textContent = `${step.waiting[i]} waiting`;
      column.highlight.setAttribute('class', i === step.busiest ? 'busiest' : '');
    });
    const now = new Date(startMs() + t * 60000);
    $('clock').textContent = now.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    $('clock').dataset.minute = String(Math.floor(t));
    $('open-state').textContent = step.open ? 'MASH open' : 'MASH closed';
    $('open-state').className = 'pill ' + (step.open ? 'open' : 'closed');
    if ($('explanation').textContent !== step.explanation) $('explanation').textContent = step.explanation;
    $('past-timescale').textContent = String(step.pastTimescale);
    const queues = $('queues').tBodies[0];
    queues.innerHTML = '';
    data.stages.forEach((stage, i) => {
      const row = document.createElement('tr');
      if (i === step.busiest) row.className = 'busiest';
      row.dataset.stage = stage.id;
      const name = document.createElement('th'); name.scope = 'row'; name.textContent = stage.label;
      const count = document.createElement('td'); count.className = 'num'; count.textContent = String(step.waiting[i]);
      row.append(name, count);
      queues.append(row);
    });
    const staff = $('staff').tBodies[0];
    staff.innerHTML = '';
    data.staff.forEach((pool, i) => {
      const row = document.createElement('tr');
      const name = document.createElement('th'); name.scope = 'row'; name.textContent = pool.label;
      const busy = document.createElement('td'); busy.className = 'num';
      busy.textContent = `${step.busy[i]} of ${pool.capacity}`;
      const barCell = document.createElement('td');
      const bar = document.createElement('span'); bar.className = 'bar';
      bar.style.width = `${pool.capacity ? Math.min(100, (100 * step.busy[i]) / pool.capacity) * 0.8 : 0}px`;
      barCell.append(bar);
      row.append(name, busy, barCell);
      staff.append(row);
    });
    const day = Math.floor(t / 1440);
    Array.from($('day-buttons').children).forEach((b, i) => b.setAttribute('aria-pressed', String(i === day)));
  }

  function frame(now) {
    if (!replay.playing) return;
    const seconds = replay.last ? (now - replay.last) / 1000 : 0;
    replay.last = now;
    replay.minute = Math.min(replay.data.days * 1440 - 1, replay.minute + seconds * Number($('speed').value));
    render(false);
    if (replay.minute >= replay.data.days * 1440 - 1) { setPlaying(false); return; }
    requestAnimationFrame(frame);
  }

  function setPlaying(playing) {
    replay.playing = playing;
    replay.last = 0;
    $('play').textContent = playing ? 'Pause' : 'Play';
    $('play').setAttribute('aria-pressed', String(playing));
    if (playing) requestAnimationFrame(frame);
  }

  function step() {
    setPlaying(false);
    const size = replay.data.stepMinutes;
    replay.minute = Math.min(replay.data.days * 1440 - 1, (Math.floor(replay.minute / size) + 1) * size);
    render(true);
  }

  // Moves the replay to a minute of the week (tests and screenshots use it; the day buttons do the same).
  replay.seek = (minute) => { setPlaying(false); replay.minute = minute; render(true); };

  $('play').addEventListener('click', () => setPlaying(!replay.playing));
  $('step').addEventListener('click', step);
  $('load-week').addEventListener('click', () => { setPlaying(false); load(replay.runId, Number($('week-day').value)); });
  $('watch').addEventListener('keydown', (e) => {
    if (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
    if (e.key === ' ' && e.target.tagName !== 'BUTTON') { e.preventDefault(); setPlaying(!replay.playing); }
    if (e.key === 'ArrowRight' && e.target.getAttribute('role') !== 'tab') { e.preventDefault(); step(); }
  });
  document.addEventListener('runfinished', (e) => { setPlaying(false); load(e.detail.id); });
  document.addEventListener('tabchange', (e) => { if (e.detail !== 'watch') setPlaying(false); });
})();

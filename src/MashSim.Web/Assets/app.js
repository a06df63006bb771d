// The page: choose or upload a scenario, change controls (each a --set path), run with progress, read outcomes, compare with a kept baseline.
'use strict';
const $ = (id) => document.getElementById(id);
const state = { scenario: null, controls: [], job: null, baseline: null, result: null, events: null };
const RUN_PATHS = { 'run.replications': 'replications', 'run.seed': 'seed', 'run.horizonDays': 'horizonDays', 'run.warmupDays': 'warmupDays' };

function text(tag, content, className) {
  const el = document.createElement(tag);
  if (content !== undefined && content !== null) el.textContent = content;
  if (className) el.className = className;
  return el;
}

function showErrors(errors) {
  const box = $('errors');
  if (!errors || errors.length === 0) { box.hidden = true; box.textContent = ''; return; }
  box.textContent = errors.join('\n');
  box.hidden = false;
}

async function api(method, url, body, contentType) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.body = contentType ? body : JSON.stringify(body);
    init.headers['Content-Type'] = contentType || 'application/json';
  }
  const response = await fetch(url, init);
  let data = null;
  try { data = await response.json(); } catch { data = null; }
  return { ok: response.ok, status: response.status, data };
}

// Tabs: buttons with arrow-key movement, as the ARIA tabs pattern asks.
const tabs = Array.from(document.querySelectorAll('[role=tab]'));
function selectTab(tab) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !selected;
  }
  document.dispatchEvent(new CustomEvent('tabchange', { detail: tab.getAttribute('aria-controls') }));
}
tabs.forEach((tab, i) => {
  tab.tabIndex = i === 0 ? 0 : -1;
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    const next = tabs[(i + move + tabs.length) % tabs.length];
    next.focus();
    selectTab(next);
  });
});
window.mashsimSelectTab = (id) => selectTab($('tab-' + id));

async function loadScenarios() {
  const { data } = await api('GET', '/api/scenarios');
  const select = $('scenario');
  select.innerHTML = '';
  for (const s of data) {
    const option = text('option', s.id === 'built-in' ? `${s.name} (built in)` : s.name);
    option.value = s.id;
    select.append(option);
  }
  const preferred = data.find((s) => s.id === 'cumbria-2017-11') || data[0];
  select.value = preferred.id;
  await chooseScenario(preferred.id);
}

async function chooseScenario(id) {
  const { ok, data } = await api('GET', `/api/scenarios/${encodeURIComponent(id)}`);
  if (!ok) { showErrors([`Scenario ${id} could not be loaded.`]); return; }
  showScenario(data);
}

function showScenario(data) {
  state.scenario = data;
  state.controls = data.controls;
  $('scenario-name').textContent = data.name;
  $('scenario-description').textContent = data.description;
  const figures = data.figures || {};
  $('scenario-figures').textContent = `Figures in the file: ${figures.source || 0} cite a source, ${figures.assumption || 0} are marked assumptions, ${figures.unstated || 0} say neither; ${figures.defaults || 0} come from the built-in defaults.`;
  const list = $('sources-list');
  list.innerHTML = '';
  for (const source of data.sources) list.append(text('li', source));
  renderControls();
  showErrors([]);
  updateCommandLine();
}

function renderControls() {
  const form = $('controls');
  form.innerHTML = '';
  const groups = new Map();
  for (const c of state.controls) {
    if (!groups.has(c.group)) {
      const fieldset = document.createElement('fieldset');
      fieldset.append(text('legend', c.group));
      groups.set(c.group, fieldset);
      form.append(fieldset);
    }
    const id = 'control-' + c.path.replace(/[^A-Za-z0-9]/g, '-');
    const row = text('div', null, 'control');
    row.dataset.path = c.path;
    const label = text('label', c.label);
    label.htmlFor = id;
    const input = document.createElement('input');
    input.id = id;
    input.dataset.path = c.path;
    input.dataset.original = c.value;
    if (c.kind === 'bool') {
      input.type = 'checkbox';
      input.checked = c.value === 'true';
    } else {
      input.type = 'number';
      input.step = c.kind === 'int' ? '1' : 'any';
      if (c.kind === 'int' && !c.path.endsWith('.seed')) input.min = '0';
      input.value = c.value;
    }
    // The citation without its file and line (the command line's validate --paths shows those).
    const provenance = c.provenance.replace(/\s\([^()]*:\d+\)$/, '');
    const from = text('span', `Scenario: ${c.value}; ${provenance}`, 'from');
    from.title = c.provenance;
    from.id = id + '-from';
    input.setAttribute('aria-describedby', from.id);
    input.addEventListener('input', () => { row.classList.toggle('changed', valueOf(input) !== c.value); updateCommandLine(); });
    row.append(label, input, from);
    groups.get(c.group).append(row);
  }
}

function valueOf(input) { return input.type === 'checkbox' ? String(input.checked) : input.value.trim(); }

// The request the controls make: --set for every changed control, and the run settings always (so the command line is complete).
function request() {
  const body = { scenario: state.scenario.id, set: [] };
  for (const input of document.querySelectorAll('#controls input')) {
    const path = input.dataset.path;
    const value = valueOf(input);
    if (RUN_PATHS[path]) { body[RUN_PATHS[path]] = value === '' ? null : Number(value); continue; }
    if (value !== input.dataset.original) body.set.push(`${path}=${value}`);
  }
  if (state.baseline) body.baseline = state.baseline.id;
  return body;
}

let checkTimer = null;
function updateCommandLine() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(async () => {
    const { ok, data } = await api('POST', '/api/check', request());
    if (ok) { $('command-line').textContent = data.commandLine; showErrors([]); $('run').disabled = !!state.job; }
    else { showErrors(data ? data.errors : ['The controls could not be checked.']); $('run').disabled = true; }
  }, 150);
}

async function run() {
  showErrors([]);
  const { ok, status, data } = await api('POST', '/api/runs', request());
  if (!ok) { showErrors(data ? data.errors : [`The run was refused (${status}).`]); return; }
  state.job = data;
  $('command-line').textContent = data.commandLine;
  $('run').disabled = true;
  $('cancel').hidden = false;
  $('progress-box').hidden = false;
  showProgress(data);
  const events = new EventSource(`/api/runs/${data.id}/progress`);
  state.events = events;
  events.onmessage = async (message) => {
    const status = JSON.parse(message.data);
    showProgress(status);
    if (['done', 'failed', 'cancelled'].includes(status.state)) {
      events.close();
      state.events = null;
      await finished(status);
    }
  };
}

function showProgress(status) {
  $('progress').max = status.total;
  $('progress').value = status.completed;
  $('progress-text').textContent =
    status.state === 'waiting' ? `Waiting for the machine: number ${status.position} in the queue.`
    : status.state === 'running' && status.completed === status.total ? 'Writing the results folder: plots, report and event log…'
    : status.state === 'running' ? `Running: ${status.completed} of ${status.total} replications done.`
    : status.state === 'done' ? `Done: ${status.total} replications.`
    : status.state === 'cancelled' ? `Stopped: ${status.error || 'cancelled'}.`
    : `Failed: ${status.error}`;
}

async function finished(status) {
  $('cancel').hidden = true;
  const done = state.job;
  state.job = null;
  $('run').disabled = false;
  if (status.state !== 'done') return;
  const { data } = await api('GET', `/api/runs/${done.id}`);
  state.result = data;
  showResult(data);
  if (data.result.comparison) showComparison(data);
  document.dispatchEvent(new CustomEvent('runfinished', { detail: data }));
  selectTab($(data.result.comparison ? 'tab-compare' : 'tab-outcomes'));
}

async function cancel() {
  if (!state.job) return;
  const { ok, data } = await api('POST', `/api/runs/${state.job.id}/cancel`);
  if (!ok && data) showErrors(data.errors);
}

function outcomeRow(o) {
  const row = document.createElement('tr');
  row.dataset.id = o.id;
  const name = text('th', o.label);
  name.scope = 'row';
  name.title = o.description;
  const target = text('td');
  if (o.target) {
    target.append(`${o.target.shown} ±${Math.round(o.target.tolerance * 100)}% `);
    target.append(text('span', o.target.met ? 'met' : 'not met', o.target.met ? 'met' : 'missed'));
  } else target.textContent = '';
  row.append(name, text('td', o.shown, 'num mean'), text('td', o.shownCi, 'num'), target);
  return row;
}

function showResult(data) {
  const r = data.result;
  $('no-run').hidden = true;
  $('result').hidden = false;
  $('result-name').textContent = `${r.name}: ${r.replications} replications, seed ${r.seed}, ${r.horizonDays} days (warm-up ${r.warmupDays})`;
  $('overload').hidden = !r.overload;
  $('overload').textContent = r.overload || '';
  const headline = $('headline-table').tBodies[0];
  const other = $('other-table').tBodies[0];
  headline.innerHTML = ''; other.innerHTML = '';
  for (const o of r.outcomes) (o.headline ? headline : other).append(outcomeRow(o));
  const stages = $('stages-table').tBodies[0];
  stages.innerHTML = '';
  const hours = (h) => (h === null ? '-' : h.toFixed(1));
  for (const s of r.stages) {
    const row = document.createElement('tr');
    const name = text('th', s.name); name.scope = 'row';
    row.append(name, text('td', s.journey), text('td', hours(s.waitHours), 'num'), text('td', hours(s.workHours), 'num'));
    stages.append(row);
  }
  const plots = $('plots');
  plots.innerHTML = '';
  const order = (p) => (p.includes('where-the-time-goes') ? 0 : p.includes('time-to-decision') ? 1 : 2);
  for (const plot of [...r.plots].sort((a, b) => order(a) - order(b))) {
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    const caption = plot.replace('plots/', '').replace('.svg', '').replace(/-/g, ' ');
    img.src = `/api/runs/${data.id}/files/${plot}`;
    img.alt = `Plot: ${caption}`;
    img.loading = 'lazy';
    figure.append(img, text('figcaption', caption));
    plots.append(figure);
  }
  $('report-link').href = `/api/runs/${data.id}/files/report.html`;
  $('zip-link').href = `/api/runs/${data.id}/zip`;
  $('keep-baseline').disabled = false;
  $('keep-baseline').textContent = state.baseline && state.baseline.id === data.id ? 'Kept as baseline' : 'Keep as baseline';
}

function keepBaseline() {
  if (!state.result) return;
  state.baseline = { id: state.result.id, name: state.result.result.name };
  $('keep-baseline').textContent = 'Kept as baseline';
  $('baseline-note').hidden = false;
  $('baseline-note').textContent = `Baseline kept: ${state.baseline.name}. The next run is compared with it (keep its replications and seed).`;
  updateCommandLine();
}

function showComparison(data) {
  const c = data.result.comparison;
  $('compare-help').hidden = true;
  $('comparison').hidden = false;
  $('baseline-name').textContent = c.baselineName;
  $('current-name').textContent = data.result.name;
  $('compare-command').textContent = data.compareCommandLine || 'The two runs are of different scenarios: compare them with mashsim compare FILE FILE.';
  const body = $('differences').tBodies[0];
  body.innerHTML = '';
  for (const d of c.differences) {
    const row = document.createElement('tr');
    row.dataset.id = d.id;
    if (!d.headline) row.className = 'more';
    const name = text('th', d.label); name.scope = 'row';
    row.append(name, text('td', d.baseline, 'num'), text('td', d.thisRun, 'num'), text('td', d.change, 'num'), text('td', d.ci, 'num'),
      text('td', d.verdict, d.verdict === 'better' ? 'verdict-better' : d.verdict === 'worse' ? 'verdict-worse' : ''));
    body.append(row);
  }
}

async function upload(file) {
  if (!file) return;
  const body = await file.text();
  const { ok, status, data } = await api('POST', `/api/uploads?name=${encodeURIComponent(file.name)}`, body, 'text/yaml');
  $('upload').value = '';
  if (!ok) { showErrors(data ? data.errors : [`The upload was refused (${status}).`]); return; }
  const option = text('option', `${data.name} (uploaded)`);
  option.value = data.id;
  $('scenario').append(option);
  $('scenario').value = data.id;
  showScenario(data);
}

$('scenario').addEventListener('change', (e) => chooseScenario(e.target.value));
$('upload').addEventListener('change', (e) => upload(e.target.files[0]));
$('run').addEventListener('click', run);
$('cancel').addEventListener('click', cancel);
$('keep-baseline').addEventListener('click', keepBaseline);
// Leaving the page stops its run (the server also stops runs nobody asks after).
window.addEventListener('pagehide', () => { if (state.job) navigator.sendBeacon(`/api/runs/${state.job.id}/cancel`); });
loadScenarios();

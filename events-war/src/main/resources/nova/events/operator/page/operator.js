// The operator's page: plain JavaScript, no build step. Every figure comes from this context's operator endpoints,
// called with the credentials typed into the sign-in form. They are kept in this script's memory only (never in
// storage, never in the address), so a reload signs out. Text from the server is put on the page as text, never
// as markup.
'use strict';

(() => {
  const REFRESH_MS = 5000;
  let authorization = null;
  let refresher = null;
  let nextEvents = null;
  const $ = (id) => document.getElementById(id);

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text != null) node.textContent = text;
    return node;
  }

  class Refused extends Error {
    constructor(status, detail) { super(detail); this.status = status; }
  }

  async function api(path, method = 'GET') {
    const response = await fetch(path, { method, headers: { Authorization: authorization, Accept: 'application/json' },
      credentials: 'omit', cache: 'no-store' });
    if (!response.ok) {
      let detail = response.statusText;
      try { const problem = await response.json(); detail = problem.detail || problem.title || detail; } catch (e) { /* no body */ }
      throw new Refused(response.status, detail);
    }
    const body = response.status === 204 ? null : await response.json();
    return { body, link: response.headers.get('Link') };
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v) q.set(k, v); });
    const s = q.toString();
    return s ? '?' + s : '';
  }

  function status(text, isError) {
    $('status').textContent = text;
    $('status').className = isError ? 'error' : 'status';
  }

  function failed(error) {
    if (error instanceof Refused && error.status === 401) { signOut('Signed out: ' + error.message); return; }
    status(error.message, true);
  }

  // --- sign in / out -----------------------------------------------------------------------------------------
  async function signIn(event) {
    event.preventDefault();
    const user = $('user').value;
    authorization = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + $('password').value)));
    $('password').value = '';
    try {
      await api('/operator/overview');
    } catch (error) {
      authorization = null;
      $('login-error').textContent = error.status === 401 ? 'These credentials are not valid.'
        : error.status === 403 ? 'This account may not see the operators\' views.' : error.message;
      return;
    }
    $('login-error').textContent = '';
    $('who').textContent = user;
    $('login').hidden = true;
    $('console').hidden = false;
    $('sign-out').hidden = false;
    // the log opens on the last hour (oldest first), not on the first events ever logged
    if (!$('ev-from').value) $('ev-from').value = new Date(Date.now() - 3600 * 1000).toISOString();
    await Promise.all([refresh(), searchEvents(), loadCatalogue()]);
    refresher = setInterval(refresh, REFRESH_MS);
  }

  function signOut(message) {
    authorization = null;
    clearInterval(refresher);
    $('console').hidden = true;
    $('sign-out').hidden = true;
    $('who').textContent = '';
    $('login').hidden = false;
    $('login-error').textContent = typeof message === 'string' ? message : '';
  }

  async function refresh() {
    try {
      await Promise.all([loadOverview(), loadDeadLetters(), loadSagas()]);
      status('Updated ' + new Date().toLocaleTimeString());
    } catch (error) { failed(error); }
  }

  // --- the picture -------------------------------------------------------------------------------------------
  async function loadOverview() {
    const { body } = await api('/operator/overview');
    $('flow-window').textContent = 'rates over the last ' + Math.round(body.windowSeconds / 60) + ' min, lag now';
    drawFlow(body);
    const rows = $('lag-rows');
    rows.replaceChildren(...body.flows.map((f) => el('tr', { 'data-group': f.group, 'data-topic': f.topic },
      el('td', {}, f.group), el('td', {}, f.topic), el('td', {}, f.from + ' → ' + f.to), el('td', {}, f.perMinute),
      el('td', f.lag > 0 ? { class: 'lagging' } : {}, f.lag), el('td', {}, f.state))));
    $('dead-letter-count').textContent = body.pendingDeadLetters + ' pending';
  }

  function drawFlow(overview) {
    const picture = $('flow-svg');
    const W = 900, H = 560, cx = W / 2, cy = H / 2, r = 215;
    const nodes = overview.contexts;
    const at = {};
    nodes.forEach((name, i) => {
      const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      at[name] = { x: cx + r * 1.55 * Math.cos(a), y: cy + r * Math.sin(a) };
    });
    const rate = {};
    overview.topics.forEach((t) => { rate[t.producer] = t.perMinute; });
    // one edge per (producer, consumer context): its lag the sum of its groups'
    const edges = {};
    overview.flows.forEach((f) => {
      const key = f.from + '>' + f.to;
      edges[key] = edges[key] || { from: f.from, to: f.to, lag: 0, perMinute: f.perMinute };
      edges[key].lag += f.lag;
    });
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7',
      markerHeight: '7', orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8a94a6' }));
    const defs = svg('defs', {});
    defs.append(marker);
    const children = [defs];
    Object.values(edges).forEach((e) => {
      const a = at[e.from], b = at[e.to];
      if (!a || !b) return;
      const classes = ['edge', e.perMinute > 0 ? 'active' : '', e.lag > 0 ? 'lagging' : ''].join(' ').trim();
      const g = svg('g', { class: classes, 'data-from': e.from, 'data-to': e.to });
      let d, lx, ly;
      if (e.from === e.to) {
        d = `M ${a.x - 20} ${a.y - 18} C ${a.x - 60} ${a.y - 90}, ${a.x + 60} ${a.y - 90}, ${a.x + 20} ${a.y - 18}`;
        lx = a.x; ly = a.y - 78;
      } else {
        const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
        const ux = dx / len, uy = dy / len, off = 48;
        const sx = a.x + ux * off, sy = a.y + uy * off * 0.5, ex = b.x - ux * off, ey = b.y - uy * off * 0.5;
        const mx = (sx + ex) / 2 - uy * 25, my = (sy + ey) / 2 + ux * 25;
        d = `M ${sx} ${sy} Q ${mx} ${my} ${ex} ${ey}`;
        lx = (sx + 2 * mx + ex) / 4; ly = (sy + 2 * my + ey) / 4;
      }
      g.append(svg('path', { d, 'marker-end': 'url(#arrow)' }));
      g.append(svg('text', { x: lx, y: ly }, e.perMinute + '/min' + (e.lag > 0 ? ' · lag ' + e.lag : '')));
      g.append(svg('title', {}, `nova.${e.from} → ${e.to}: ${e.perMinute} events/min, lag ${e.lag}`));
      children.push(g);
    });
    nodes.forEach((name) => {
      const p = at[name];
      const g = svg('g', { class: 'node', 'data-context': name });
      g.append(svg('rect', { x: p.x - 58, y: p.y - 17, width: 116, height: 34, rx: 6 }));
      g.append(svg('text', { x: p.x, y: p.y }, name + (rate[name] != null ? ' · ' + rate[name] + '/min' : '')));
      children.push(g);
    });
    picture.replaceChildren(...children);
  }

  // --- dead letters ------------------------------------------------------------------------------------------
  function deadLetterFilter() {
    return { type: $('dl-type').value.trim(), consumer: $('dl-consumer').value.trim(), error: $('dl-error').value.trim(),
      from: $('dl-from').value.trim(), to: $('dl-to').value.trim() };
  }

  async function loadDeadLetters() {
    const { body } = await api('/dead-letters' + query({ status: $('dl-status').value, ...deadLetterFilter(), limit: '100' }));
    $('dl-rows').replaceChildren(...body.map((d) => {
      const actions = el('td', {});
      if (d.status === 'pending') {
        const replay = el('button', { type: 'button', class: 'replay', 'data-id': d.id }, 'Replay');
        replay.addEventListener('click', () => resolveOne(d.id, 'replay'));
        const discard = el('button', { type: 'button', class: 'discard', 'data-id': d.id }, 'Discard');
        discard.addEventListener('click', () => resolveOne(d.id, 'discard'));
        if (d.event == null) replay.disabled = true;
        actions.append(replay, ' ', discard);
      } else {
        actions.append(d.status + (d.resolvedBy ? ' by ' + d.resolvedBy : ''));
      }
      return el('tr', { id: 'dl-' + d.id, 'data-status': d.status }, el('td', {}, d.failedAt), el('td', {}, d.eventType),
        el('td', {}, d.consumer), el('td', {}, d.topic), el('td', { class: 'error-text' }, d.error),
        el('td', { class: 'dl-status' }, d.status), actions);
    }));
  }

  async function resolveOne(id, action) {
    try {
      if (action === 'replay') await api('/dead-letters/' + id + '/replay', 'POST');
      else await api('/dead-letters/' + id, 'DELETE');
      $('dl-outcome').textContent = (action === 'replay' ? 'Replayed ' : 'Discarded ') + id;
      await refresh();
    } catch (error) { failed(error); }
  }

  async function resolveAll(action) {
    try {
      const { body } = await api('/dead-letters/' + action + query(deadLetterFilter()), 'POST');
      $('dl-outcome').textContent = `${body.matched} matched: ${body.replayed} replayed, ${body.discarded} discarded,`
        + ` ${body.unreadable} unreadable, ${body.remaining} still pending`;
      await refresh();
    } catch (error) { failed(error); }
  }

  // --- sagas (nova.events.saga: GET /sagas?status=, POST /sagas/{id}/resume) -----------------------------------
  async function loadSagas() {
    let sagas = [];
    let store = 'present';
    try {
      const [stuck, running] = await Promise.all([api('/sagas?status=stuck&limit=100'), api('/sagas?status=running&limit=100')]);
      sagas = [...stuck.body, ...running.body];
    } catch (error) {
      if (!(error instanceof Refused) || error.status !== 404) throw error;
      store = 'absent'; // a server without the saga store: none can run
    }
    $('sagas').setAttribute('data-store', store);
    $('sagas-empty').hidden = sagas.length > 0;
    $('sagas-table').hidden = sagas.length === 0;
    $('sagas-rows').replaceChildren(...sagas.map((s) => {
      const steps = el('ul', {}, ...(s.steps || []).map((step) => el('li', { 'data-context': step.context,
        'data-status': step.status }, `${step.context}: ${step.status}` + (step.attempt ? ` (attempt ${step.attempt})` : '')
        + (step.reason ? ' · ' + step.reason : ''))));
      const action = el('td', {});
      if (s.status === 'stuck') {
        const resume = el('button', { type: 'button', class: 'resume', 'data-id': s.id }, 'Resume');
        resume.addEventListener('click', () => resumeSaga(s.id));
        action.append(resume);
      }
      return el('tr', { id: 'saga-' + s.id, 'data-status': s.status }, el('td', {}, s.startedAt), el('td', {}, s.kind),
        el('td', {}, s.userId), el('td', {}, s.status), el('td', {}, steps), action);
    }));
    $('sagas').setAttribute('data-loaded', 'true');
  }

  async function resumeSaga(id) {
    try {
      await api('/sagas/' + id + '/resume', 'POST');
      status('Resumed saga ' + id);
      await refresh();
    } catch (error) { failed(error); }
  }

  // --- the log -----------------------------------------------------------------------------------------------
  async function searchEvents(event, after) {
    if (event) event.preventDefault();
    try {
      const { body, link } = await api('/events' + query({ type: $('ev-type').value.trim(),
        subject: $('ev-subject').value.trim(), trace: $('ev-trace').value.trim(), from: $('ev-from').value.trim(),
        to: $('ev-to').value.trim(), limit: '50', after }));
      const rows = body.map((e) => {
        const trace = e.event.traceparent ? e.event.traceparent.split('-')[1] : '';
        const follow = el('button', { type: 'button', class: 'link trace', 'data-trace': trace }, trace.slice(0, 12));
        follow.addEventListener('click', () => followTrace(trace));
        return el('tr', { 'data-id': e.event.id, 'data-type': e.event.type }, el('td', {}, e.event.time),
          el('td', {}, e.event.source), el('td', {}, e.event.type), el('td', {}, e.event.subject), el('td', {}, e.topic),
          el('td', {}, trace ? follow : ''));
      });
      if (after) $('ev-rows').append(...rows); else $('ev-rows').replaceChildren(...rows);
      const next = link && /[?&]after=([^&>]+)/.exec(link);
      nextEvents = next ? decodeURIComponent(next[1]) : null;
      $('ev-next').hidden = !nextEvents;
    } catch (error) { failed(error); }
  }

  async function followTrace(traceId) {
    try {
      const { body } = await api('/events/traces/' + encodeURIComponent(traceId));
      $('trace-id').textContent = traceId;
      $('trace-steps').replaceChildren(...body.map((s) => el('li', { 'data-context': s.context },
        `${s.time} · ${s.context} · ${s.type} · ${s.subject}`)));
      $('trace').hidden = false;
    } catch (error) { failed(error); }
  }

  // --- the catalogue -----------------------------------------------------------------------------------------
  async function loadCatalogue() {
    try {
      const { body } = await api('/catalogue');
      $('cat-rows').replaceChildren(...body.map((c) => el('tr', { 'data-type': c.type },
        el('td', {}, c.type + (c.declared ? '' : ' (not in the contracts)')), el('td', {}, c.producer),
        el('td', {}, c.consumers.join(', ')), el('td', {}, c.schemaVersion), el('td', {}, c.seenLastDay),
        el('td', {}, el('details', {}, el('summary', {}, 'example'), el('pre', {}, JSON.stringify(c.example, null, 2)))))));
    } catch (error) { failed(error); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', () => signOut());
    $('dl-filter').addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
    $('dl-replay-all').addEventListener('click', () => resolveAll('replay'));
    $('dl-discard-all').addEventListener('click', () => resolveAll('discard'));
    $('ev-filter').addEventListener('submit', (e) => searchEvents(e));
    $('ev-next').addEventListener('click', () => searchEvents(null, nextEvents));
    $('cat-reload').addEventListener('click', loadCatalogue);
  });
})();

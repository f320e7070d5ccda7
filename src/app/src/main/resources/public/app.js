// The policy-search page: search, facets, document view. No framework and no build step; every
// piece of API text goes into the DOM as text nodes (the API's <mark> tags become real elements),
// so nothing from a document can run, and the page works under a CSP without 'unsafe-inline'.
'use strict';

(function () {
  // [name, heading] of each facet, in the API's order: read from /api/facets/definitions before
  // the first render, so a facet added on the server appears here with no change to the page.
  let FACETS = [];
  let DIMENSIONS = [];
  // By facet and value, the other names a value goes by, which a filter box matches too.
  let OTHER_NAMES = {};
  /** Facet values shown before "show more"; selected values are always shown. */
  const TOP_VALUES = 8;
  /** A facet with more values than this gets a box to find its values by name. */
  const FILTER_FROM = 10;
  /** The API pages through at most this many hits. */
  const MAX_WINDOW = 10000;
  /** The most results the API gives on one page. */
  const MAX_SIZE = 100;

  const $ = (id) => document.getElementById(id);
  const ui = {
    form: $('search-form'),
    q: $('q'),
    helpToggle: $('help-toggle'),
    help: $('help'),
    helpClose: $('help-close'),
    filtersToggle: $('filters-toggle'),
    facets: $('facets'),
    facetGroups: $('facet-groups'),
    main: $('main'),
    resultsView: $('results-view'),
    summary: $('summary'),
    sort: $('sort'),
    groupSwitch: $('group-switch'),
    activeFilters: $('active-filters'),
    notice: $('notice'),
    message: $('message'),
    results: $('results'),
    pagination: $('pagination'),
    documentView: $('document-view'),
    live: $('live'),
  };

  /** Facets whose full value list the user asked to see; kept across renders. */
  const expanded = new Set();
  /** What the user typed in each facet's filter box; kept across renders, as ticking re-renders. */
  const facetFilters = new Map();
  // Read again once the facets are known; until then (a few ms) it has no filters.
  let current = readState(location.search);
  let generation = 0;
  let renders = 0;

  // ---------------------------------------------------------------- URL state

  function readState(search) {
    const p = new URLSearchParams(search);
    const filters = {};
    for (const dim of DIMENSIONS) {
      filters[dim] = unique(p.getAll(dim).map((v) => v.trim()).filter(Boolean));
    }
    // What a mangled address asks that the page cannot read (the API would answer 400): said above
    // the results with what is shown instead, rather than dropped without a word.
    const unread = [];
    // parse gives the value read, or undefined when it cannot read it.
    const read = (name, parse, fallback, instead) => {
      const raw = (p.get(name) || '').trim();
      const value = raw ? parse(raw) : fallback;
      if (value !== undefined) return value;
      unread.push({ name, text: '“' + raw + '” ' + instead });
      return fallback;
    };
    const count = (max) => (v) => (/^\d+$/.test(v) && +v >= 1 && +v <= max ? +v : undefined);
    return {
      q: (p.get('q') || '').trim(),
      filters,
      page: read('page', count(Number.MAX_SAFE_INTEGER), 1, 'is no page number: the first page is shown.'),
      size: read('size', count(MAX_SIZE), null,
        'is no number of results per page from 1 to ' + MAX_SIZE + ': 10 are shown.'),
      // Any case, as the API reads them.
      sort: read('sort', (v) => (/^(relevance|date)$/i.test(v) ? v.toLowerCase() : undefined), 'relevance',
        'is no sort order: sorted by relevance.'),
      // group=document: one result per document with its best passages; passages by default.
      group: read('group',
        (v) => (/^documents?$/i.test(v) ? 'document' : /^passages?$/i.test(v) ? 'passages' : undefined),
        'passages', 'is neither passages nor documents: passages are listed.'),
      // exact=1: search the words as typed, never their spelling correction.
      exact: p.get('exact') === '1',
      doc: p.get('doc') || null,
      chunk: p.get('chunk') || null,
      // A period: each bound a year, a month or a day (2019, 2019-06, 2019-06-30). Kept as typed:
      // one that is none is explained by the date boxes and left out of the search (periodProblem).
      from: (p.get('from') || '').trim() || null,
      to: (p.get('to') || '').trim() || null,
      // The hash of the passage's text a permalink was made to (see Permalink on the server).
      h: p.get('h') || null,
      // Countries that must all be parties to a result's document (a pair: their agreements).
      party: unique(p.getAll('party').map((v) => v.trim()).filter(Boolean)),
      // The analyst's view above the results: matrix, network or timeline.
      view: read('view', (v) => (['matrix', 'network', 'timeline', 'compare'].includes(v) ? v : undefined), null,
        'is no view: the results are shown without one.'),
      // view=compare: this passage beside the corresponding passages of these documents.
      compare: p.get('compare') || null,
      with: unique(p.getAll('with').map((v) => v.trim()).filter(Boolean)).slice(0, 4),
      unread,
    };
  }

  function dateBound(value) {
    const v = (value || '').trim();
    return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : null;
  }

  /**
   * What is wrong with a period, as the API would refuse it, or null: a bound that is no real
   * year, month or day (2019-13, 2019-02-30), or a From after the To.
   */
  function periodProblem(from, to) {
    for (const bound of [from, to]) {
      if (!bound) continue;
      const [y, m, d] = bound.split('-').map((n) => parseInt(n, 10));
      const real = dateBound(bound) && (m === undefined || (m >= 1 && m <= 12))
        && (d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()));
      if (!real) return '“' + bound + '” is not a year, a month or a day.';
    }
    if (from && to) {
      const start = from.length === 4 ? from + '-01-01' : from.length === 7 ? from + '-01' : from;
      const end = to.length === 4 ? to + '-12-31' : to.length === 7 ? to + '-31' : to;
      if (start > end) return 'From (' + from + ') is after To (' + to + ').';
    }
    return null;
  }

  /** The query string of a state, parameters always in the same order so URLs compare equal. */
  function toSearch(state) {
    const p = new URLSearchParams();
    if (state.q) p.append('q', state.q);
    for (const dim of DIMENSIONS) {
      for (const v of state.filters[dim] || []) p.append(dim, v);
    }
    if (state.from) p.append('from', state.from);
    if (state.to) p.append('to', state.to);
    for (const party of state.party || []) p.append('party', party);
    if (state.view) p.append('view', state.view);
    if (state.view === 'compare' && state.compare) {
      p.append('compare', state.compare);
      for (const d of state.with || []) p.append('with', d);
    }
    if (state.sort === 'date') p.append('sort', 'date');
    if (state.group === 'document') p.append('group', 'document');
    if (state.exact) p.append('exact', '1');
    if (state.size) p.append('size', String(state.size));
    if (state.page > 1) p.append('page', String(state.page));
    if (state.doc) p.append('doc', state.doc);
    if (state.chunk) p.append('chunk', state.chunk);
    if (state.h) p.append('h', state.h);
    const s = p.toString();
    return s ? '?' + s : '';
  }

  function withChanges(state, changes) {
    const filters = {};
    for (const dim of DIMENSIONS) filters[dim] = (state.filters[dim] || []).slice();
    // A state the page makes from another asks only what the page can read: nothing is left unread.
    return Object.assign({}, state, { filters, unread: [] }, changes);
  }

  function resultsState(state) {
    return withChanges(state, { doc: null, chunk: null, h: null });
  }

  function hasFilters(state) {
    return DIMENSIONS.some((dim) => state.filters[dim].length > 0) || !!state.from || !!state.to
      || (state.party || []).length > 0;
  }

  function navigate(state) {
    const url = '/' + toSearch(state);
    const from = location.pathname + location.search;
    // Each entry knows the one it was reached from, so "Back to results" can be the browser's Back.
    if (url !== from) history.pushState({ from }, '', url);
    render(state).then(() => landFocus(state));
  }

  /**
   * Where focus goes when what held it was drawn away (a page link, a removed chip, a result
   * opened): the results' summary, or in a document the passage linked to (so that Tab reaches its
   * Copy link and Cite, where the title's next stop was the source file at the top), else its title.
   */
  function landFocus(state) {
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    const target = state.doc ? ui.documentView.querySelector('.chunk.target') || $('document-title') : $('summary');
    if (target) focusOn(target, { preventScroll: Boolean(state.doc) });
  }

  /** Focus on an element that is no control (a heading, the summary), out of the tab order. */
  function focusOn(node, options) {
    node.setAttribute('tabindex', '-1');
    node.focus(options);
  }

  /** The noun for {@code n} of a thing: 1 document, 2 documents. */
  function nounFor(n, one, many) {
    return n === 1 ? one : many;
  }

  function unique(values) {
    return Array.from(new Set(values));
  }

  // ---------------------------------------------------------------- API

  /** An API answer that was not 2xx, carrying the API's own message. */
  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function getJson(path) {
    let response;
    try {
      response = await fetch(path, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError('Could not reach the search server. Check that it is running and try again.', 0);
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && typeof body.message === 'string' && body.message
        ? body.message
        : 'The search server answered with status ' + response.status + '.';
      throw new ApiError(message, response.status);
    }
    return body;
  }

  /**
   * The search's query and filters as API parameters: what a search, an export and a feed share. A
   * period the API would refuse is left out, as the results leave it out.
   */
  function queryParams(state) {
    const p = new URLSearchParams();
    p.append('q', state.q);
    for (const dim of DIMENSIONS) for (const v of state.filters[dim]) p.append(dim, v);
    const period = !periodProblem(state.from, state.to);
    if (period && state.from) p.append('from', state.from);
    if (period && state.to) p.append('to', state.to);
    for (const party of state.party || []) p.append('party', party);
    return p;
  }

  function searchPath(state) {
    const p = queryParams(state);
    p.append('page', String(state.page));
    if (state.size) p.append('size', String(state.size));
    p.append('sort', state.sort);
    if (state.group === 'document') p.append('group', 'document');
    if (state.exact) p.append('correct', 'false');
    return '/api/search?' + p.toString();
  }

  // ---------------------------------------------------------------- safe text

  const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  /** Decodes the entities an HTML escaper produces; anything unknown stays as written. */
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : whole;
    });
  }

  /**
   * Appends API text that is HTML-escaped with literal <mark> tags: the marks become elements,
   * everything else becomes text nodes, so escaped markup shows as the characters it is.
   */
  function appendMarked(parent, escaped) {
    let target = parent;
    for (const part of String(escaped || '').split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') {
        target = el('mark');
        parent.append(target);
      } else if (part === '</mark>') {
        target = parent;
      } else if (part) {
        target.append(decodeEntities(part));
      }
    }
    return parent;
  }

  /** Creates an element with attributes and text or child nodes; never parses HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  function internalLink(state, text, attrs) {
    return el('a', Object.assign({ href: '/' + toSearch(state), 'data-internal': '' }, attrs), text);
  }

  // ---------------------------------------------------------------- rendering

  async function render(state) {
    const gen = ++generation;
    current = state;
    ui.q.value = state.q;
    ui.sort.value = state.sort;
    for (const button of ui.groupSwitch.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.group === state.group));
    }
    setBusy(true);
    // What the page shows now: kept, with a notice, when the server cannot answer for the next.
    const shown = document.documentElement.dataset.view;
    try {
      if (state.doc) {
        await renderDocument(state, gen);
      } else if (!state.q && !hasFilters(state)) {
        await renderStart(state, gen);
      } else {
        await renderResults(state, gen);
      }
      if (gen === generation && $('unreachable')) $('unreachable').remove();
      return true;
    } catch (e) {
      if (gen !== generation) return false;
      if (unreachable(e) && ['results', 'start', 'document'].includes(shown)) renderUnreachable(e);
      else renderError(e);
      return false;
    } finally {
      if (gen === generation) {
        setBusy(false);
        document.documentElement.dataset.renders = String(++renders);
      }
    }
  }

  function setBusy(busy) {
    document.documentElement.dataset.busy = String(busy);
    ui.main.setAttribute('aria-busy', String(busy));
  }

  function showView(view) {
    document.documentElement.dataset.view = view;
    const reading = view === 'document';
    ui.resultsView.hidden = reading;
    ui.documentView.hidden = !reading;
    document.body.classList.toggle('reading', reading);
  }

  function announce(text) {
    // Emptying first makes screen readers announce the same text again after a new search.
    ui.live.textContent = '';
    window.setTimeout(() => {
      ui.live.textContent = text;
    }, 50);
  }

  function clearResults() {
    ui.summary.textContent = '';
    delete ui.summary.dataset.total;
    ui.activeFilters.replaceChildren();
    ui.notice.hidden = true;
    ui.notice.replaceChildren();
    ui.message.hidden = true;
    ui.message.replaceChildren();
    ui.message.removeAttribute('role');
    ui.results.replaceChildren();
    ui.pagination.replaceChildren();
    // The analyst's views belong to a list of results; the next render draws them again.
    $('analysis').hidden = true;
    $('analysis').replaceChildren();
    $('view-switch').replaceChildren();
  }

  // ---- start: no query and no filters

  async function renderStart(state, gen) {
    // The start page lists documents: its filters count documents too, and lead to the Documents
    // view (South Korea's 12 agreements, not its 15,509 passages in document order).
    const [documents, answer] = await Promise.all([getJson('/api/documents'),
      getJson('/api/search?group=document&size=1')]);
    const facets = answer.facets;
    if (gen !== generation) return;
    showView('start');
    clearResults();
    updateFeed(state);
    document.title = 'policy-search';
    ui.summary.textContent = documents.length === 1
      ? '1 document indexed. Search it, or pick a filter.'
      : documents.length + ' documents indexed. Search them, or pick a filter.';
    renderFacets(facets, withChanges(state, { group: 'document' }));
    const types = typeLabels(facets);
    for (const doc of documents) {
      const target = withChanges(state, { doc: doc.id, chunk: null });
      ui.results.append(el('li', { class: 'result' },
        el('h2', { class: 'result-title' }, internalLink(target, doc.title || doc.id)),
        metaLine(doc.typeLabel || types.get(doc.type) || doc.type, doc.date, doc.publisher,
          (doc.chunks === 1 ? '1 passage' : doc.chunks + ' passages')),
        chipList([['country', doc.parties || [], 'Party']], state)));
    }
    announce(ui.summary.textContent);
  }

  // ---- results

  async function renderResults(state, gen) {
    // A period the API would refuse is left out of the search and explained by the date boxes,
    // rather than the whole page giving way to an error.
    const periodError = periodProblem(state.from, state.to);
    const searched = periodError ? withChanges(state, { from: null, to: null }) : state;
    // A page past the first 10,000 results, which the API refuses to page to: its first page tells
    // how many there are, and the page says it is past the last, as it does of a nearer one.
    const beyond = (state.page - 1) * (state.size || 10) >= MAX_WINDOW;
    const result = await getJson(searchPath(beyond ? withChanges(searched, { page: 1 }) : searched));
    if (gen !== generation) return;
    if (beyond) {
      result.page = state.page;
      if (result.documents) result.documents = []; else result.hits = [];
    }
    const types = typeLabels(result.facets);
    if ((result.documents || result.hits).some((shown) => shown.type && !types.has(shown.type))) {
      // A result holding only some of the words may be of a type no count of this answer names.
      for (const [value, label] of typeLabels(await corpusFacets())) {
        if (!types.has(value)) types.set(value, label);
      }
      if (gen !== generation) return;
    }
    canonicalize(state, result);
    showView('results');
    clearResults();
    updateFeed(state);
    document.title = (state.q ? state.q + ' – ' : '') + 'policy-search';
    renderFacets(result.facets, state);
    if (!result.relaxed && result.allWordsTotal > 0 && result.allWordsTotal < result.total) {
      // The counts are of the results holding every word, fewer than the summary's total: say so.
      const n = result.allWordsTotal.toLocaleString('en');
      const unit = result.documents ? nounFor(result.allWordsTotal, 'document', 'documents')
        : nounFor(result.allWordsTotal, 'result', 'results');
      ui.facetGroups.prepend(el('p', { class: 'muted facet-scope', id: 'facet-scope',
        text: 'Counts are of the ' + n + ' ' + unit + ' with all your words.' }));
    }
    const active = activeFilters(result.facets);
    renderActiveFilters(active, state);
    renderPeriodChip(state);
    if (result.readAs && result.readAs.length) {
      // The query was read otherwise than typed (a quote not closed, a lone OR): say how.
      ui.notice.append(el('span', { class: 'read-as', id: 'read-as' }, result.readAs.join(' ') + ' '));
      ui.notice.hidden = false;
    }
    for (const unread of state.unread || []) {
      ui.notice.append(el('span', { class: 'unread', 'data-param': unread.name }, unread.text + ' '));
      ui.notice.hidden = false;
    }
    if (periodError) {
      const error = $('period-error');
      if (error) error.textContent = periodError + ' The results are not narrowed by date.';
      ui.notice.append(el('span', { class: 'period-ignored' },
        'The date range was not applied: ' + periodError + ' ',
        internalLink(withChanges(state, { from: null, to: null, page: 1 }), 'Remove the date range')));
      ui.notice.hidden = false;
    }
    renderPartyChip(state, result.facets);
    renderSummary(result, state);
    renderExportMenu(result, state);
    const shown = result.documents || result.hits;
    if (shown.length === 0) {
      renderEmpty(result, state, active);
    } else {
      renderNotice(result, state);
      // A corrected search opens documents with the corrected words marked.
      const hitState = result.correctedQuery ? withChanges(state, { q: result.correctedQuery }) : state;
      if (result.documents) {
        for (const doc of result.documents) ui.results.append(renderDocumentHit(doc, hitState, types));
      } else {
        let above = null;
        for (const hit of result.hits) {
          ui.results.append(renderHit(hit, hitState, types, above));
          above = hit;
        }
      }
      renderPagination(result, state);
    }
    // The views count what the results show: the corrected words when the results are theirs.
    await renderAnalysis(state, gen, result.correctedQuery ? withChanges(state, { q: result.correctedQuery }) : state);
    if (gen !== generation) return;
    announce(ui.summary.textContent + (active.length
      ? ' Filters: ' + active.map((f) => f.facetLabel + ' ' + f.label).join(', ') + '.'
      : ''));
  }

  /**
   * Rewrites the URL's filter values to the codes the API resolved them to (a pasted
   * country=Italy becomes country=IT), so unticking a box removes exactly what it shows.
   */
  function canonicalize(state, result) {
    let changed = false;
    // "country:KR" typed in the query is the same selection as ticking the box: move it out of
    // the query into the filters, so that its chip and box untick it like any other.
    for (const f of result.queryFilters || []) {
      const at = tokenIndex(state.q, f.typed);
      if (at < 0 || !state.filters[f.facet]) continue;
      state.q = (state.q.slice(0, at) + state.q.slice(at + f.typed.length)).replace(/\s+/g, ' ').trim();
      if (!state.filters[f.facet].includes(f.value)) state.filters[f.facet].push(f.value);
      changed = true;
    }
    if (changed) ui.q.value = state.q;
    for (const dim of DIMENSIONS) {
      if (!state.filters[dim].length || !result.facets || !result.facets[dim]) continue;
      const selected = result.facets[dim].filter((v) => v.selected).map((v) => v.value);
      if (selected.length && selected.join('\n') !== state.filters[dim].join('\n')) {
        state.filters[dim] = selected;
        changed = true;
      }
    }
    // A value the page could not read is gone from the address too, which then names what is shown;
    // replaced, not pushed, so that Back still leaves the page.
    if (changed || (state.unread || []).length) history.replaceState(history.state, '', '/' + toSearch(state));
  }

  /** Where {@code token} stands in {@code q} as a whole word (case ignored), or -1. */
  function tokenIndex(q, token) {
    const lower = q.toLowerCase();
    const wanted = token.toLowerCase();
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const before = at === 0 || /\s/.test(lower[at - 1]);
      const end = at + wanted.length;
      if (before && (end === lower.length || /\s/.test(lower[end]))) return at;
    }
    return -1;
  }

  function renderSummary(result, state) {
    const total = result.total;
    const shown = (result.documents || result.hits).length;
    const noun = result.documents
      ? nounFor(total, 'document', 'documents')
      : nounFor(total, 'result', 'results');
    let text = total.toLocaleString('en') + ' ' + noun;
    if (state.q) text += ' for ' + quoted(result.correctedQuery || state.q);
    if (!result.relaxed && result.allWordsTotal != null && result.allWordsTotal < total) {
      text += ', ' + result.allWordsTotal.toLocaleString('en') + ' with all your words first';
    }
    if (total > 0) {
      const size = result.size || 10;
      const first = (result.page - 1) * size + 1;
      const last = Math.min(total, first + shown - 1);
      if (shown && total > shown) text += ', showing ' + first + '–' + last;
      if (result.folded) {
        const near = (result.hits || []).some((hit) => (hit.sameText || []).some((p) => p.nearly));
        const same = near ? ' the same or nearly the same text as' : ' the same text as';
        text += ', ' + result.folded.toLocaleString('en') + ' with' + same
          + (result.folded === 1 ? ' one shown' : ' ones shown');
      }
    }
    text += ' (' + result.tookMs + ' ms).';
    ui.summary.textContent = text;
    ui.summary.dataset.total = String(total);
  }

  /**
   * A query in typographic quotes: a phrase query shows as “dispute settlement”, never
   * “"dispute settlement"”, and a phrase inside a longer query takes single quotes.
   */
  function quoted(q) {
    const phrase = /^"([^"]*)"$/.exec(q);
    if (phrase) return '“' + phrase[1] + '”';
    let open = false;
    return '“' + q.replace(/"/g, () => ((open = !open) ? '‘' : '’')) + '”';
  }

  function renderNotice(result, state) {
    const parts = [];
    if (result.relaxed) {
      parts.push(el('span', { text: result.documents
        ? 'No passage contains all of your words; showing documents with passages that match some of them. '
        : 'No passage contains all of your words; showing passages that match some of them. ' }));
    }
    if (result.correctedQuery) {
      parts.push(el('span', { class: 'corrected' }, 'Showing results for ',
        el('strong', { text: result.correctedQuery }), '. Search instead for ',
        internalLink(withChanges(resultsState(state), { exact: true, page: 1 }), state.q,
          { class: 'exact-link' }),
        '.'));
    } else if (result.suggestion && result.suggestion !== state.q) {
      parts.push(suggestionLink(result.suggestion, state));
    }
    if (parts.length) {
      ui.notice.append(...parts);
      ui.notice.hidden = false;
    }
  }

  function suggestionLink(suggestion, state) {
    return el('span', { class: 'suggestion' }, 'Did you mean ',
      internalLink(withChanges(resultsState(state), { q: suggestion, page: 1, exact: false }), suggestion,
        { class: 'suggestion-link' }),
      '?');
  }

  /**
   * The phrase's words searched apart, offered when the phrase finds nothing: how many results hold
   * them all, else some, says whether the search is worth a click.
   */
  function unquotedLink(unquoted, state) {
    const n = unquoted.allWordsTotal || unquoted.total;
    const noun = state.group === 'document' ? 'document' : 'passage';
    const unit = n === 1 ? noun + ' holds' : noun + 's hold';
    const which = unquoted.allWordsTotal ? 'all of them' : 'some of them';
    return el('span', { class: 'unquoted' }, 'Without the quotes, ',
      internalLink(withChanges(resultsState(state), { q: unquoted.query, page: 1 }), unquoted.query,
        { class: 'unquoted-link' }),
      ': ' + n.toLocaleString('en') + ' ' + unit + ' ' + which + '.');
  }

  /** Why nothing was found: the words, the filters, the period, each where it is part of it. */
  function emptyReason(state, filtered, period) {
    if (!state.q) {
      return filtered ? 'Nothing matches these filters' + (period ? ' in this period.' : '.')
        : period ? 'Nothing is dated in this period.' : 'Nothing matches.';
    }
    return 'Nothing matches ' + quoted(state.q)
      + (filtered ? ' with these filters' : '')
      + (period ? (filtered ? ' and' : '') + ' in this period' : '') + '.';
  }

  function renderEmpty(result, state, active) {
    const items = [];
    const size = result.size || 10;
    const pages = Math.ceil(Math.min(MAX_WINDOW, Math.max(0, result.total - (result.folded || 0))) / size);
    if (state.page > 1 && pages > 0) {
      // Past the last page of results there are: say so, and lead back to it.
      ui.message.replaceChildren(
        el('h2', { text: 'No results on this page' }),
        el('p', { text: 'Page ' + state.page + ' is past the last page of results: '
          + (pages === 1 ? 'there is 1 page.' : 'there are ' + pages + ' pages.') }),
        el('ul', { class: 'way-out' }, el('li', {},
          internalLink(withChanges(state, { page: pages }), 'Go to the last page, ' + pages))));
      ui.message.className = 'message empty';
      ui.message.hidden = false;
      return;
    }
    const period = state.from || state.to;
    if (period) {
      items.push(el('li', {}, el('button', {
        type: 'button', class: 'link-button', 'data-remove-filter': 'period',
        onclick: () => navigate(withChanges(state, { from: null, to: null, page: 1 })),
      }, 'Remove the date range')));
    }
    if (result.suggestion && result.suggestion !== state.q) {
      items.push(el('li', {}, suggestionLink(result.suggestion, state)));
    }
    if (result.unquoted) {
      items.push(el('li', {}, unquotedLink(result.unquoted, state)));
    }
    for (const f of active) {
      items.push(el('li', {}, el('button', {
        type: 'button', class: 'link-button', 'data-remove-filter': f.dim + ':' + f.value,
        onclick: () => navigate(toggleFilter(state, f.dim, f.value, false)),
      }, 'Remove the filter ' + f.facetLabel + ': ' + f.label)));
    }
    if (active.length > 1) {
      items.push(el('li', {}, el('button', {
        type: 'button', class: 'link-button', onclick: () => navigate(clearFilters(state)),
      }, 'Remove all filters')));
    }
    if (!items.length) {
      items.push(el('li', { text: 'Try fewer or different words, or see the query help.' }));
    }
    ui.message.replaceChildren(
      el('h2', { text: 'No results' }),
      el('p', { text: emptyReason(state, active.length > 0, period) }),
      el('ul', { class: 'way-out' }, ...items));
    ui.message.className = 'message empty';
    ui.message.hidden = false;
  }

  /**
   * One passage. A passage of the same document as the hit right above it is set under that hit
   * and leaves out what would repeat it (type and date, the same headings, the same chips): a
   * page of one agreement's articles then reads as that agreement with its passages, not as ten
   * copies of its title line and its twelve parties.
   */
  function renderHit(hit, state, types, above) {
    const target = withChanges(state, { doc: hit.documentId, chunk: hit.chunkId });
    const long = hit.snippet && hit.snippet !== hit.text;
    const text = appendMarked(el('p', { class: 'text' }), long ? hit.snippet : hit.text);
    const continued = above != null && above.documentId === hit.documentId;
    const item = el('li', { class: continued ? 'result continued' : 'result', 'data-chunk-id': hit.chunkId },
      el('h2', { class: 'result-title' }, hit.titleHighlighted
        ? appendMarked(internalLink(target), hit.titleHighlighted)
        : internalLink(target, hit.title || hit.documentId)),
      continued ? null : metaLine(types.get(hit.type) || hit.type, hit.date || undatedLabel(state), hit.publisher),
      place(continued && sameCodes(above.sectionPath, hit.sectionPath)
        ? null : breadcrumb(hit.sectionPath, hit.sectionPathHighlighted), hit),
      whyLine(hit, state),
      text);
    if (long) {
      const toggle = el('button', { type: 'button', class: 'link-button more', 'aria-expanded': 'false' },
        'Show the whole passage');
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        text.replaceChildren();
        appendMarked(text, open ? hit.text : hit.snippet);
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Show less' : 'Show the whole passage';
      });
      item.append(toggle);
    }
    const same = sameTextList(hit, state);
    if (same) item.append(same);
    const unlessAbove = (dim) => continued && sameCodes(codes(above[dim]), codes(hit[dim])) ? [] : hit[dim] || [];
    const chips = chipList([['country', unlessAbove('countries'), 'Country'],
      ['sector', unlessAbove('sectors'), 'Sector']], state);
    if (chips) item.append(chips);
    // One row of tools under the chips; a panel a tool opens spans the row beneath them.
    item.append(el('div', { class: 'hit-tools' }, ...similarControl(hit, state),
      passageActions(hit.chunkId, hit.permalink, hit.title || hit.documentId),
      compareChooser(hit, state)));
    return item;
  }

  function codes(labels) {
    return (labels || []).map((label) => label.code);
  }

  function sameCodes(a, b) {
    return (a || []).length === (b || []).length && (a || []).every((value, i) => value === b[i]);
  }

  /**
   * The passages folded into a hit because they read the same (a template clause in other
   * agreements), or nearly (the clause with a word changed): closed at first, each opening its
   * passage in its own document, a near copy saying so.
   */
  function sameTextList(hit, state) {
    const same = hit.sameText || [];
    if (!same.length) return null;
    const near = same.filter((passage) => passage.nearly).length;
    const kind = near === 0 ? 'Same text' : near === same.length ? 'Nearly the same text'
      : 'Same or nearly the same text';
    // Documents are counted as documents, and the hit's own other passages (a clause its chapters
    // repeat) apart: "in 5 more documents" once named the hit's own title five times.
    const own = same.filter((passage) => passage.documentId === hit.documentId).length;
    const others = unique(same.filter((passage) => passage.documentId !== hit.documentId)
      .map((passage) => passage.documentId)).length;
    const where = [];
    if (others) where.push(others + nounFor(others, ' more document', ' more documents'));
    if (own) where.push(own + nounFor(own, ' more passage', ' more passages') + ' of this document');
    // Each link names its section: the title alone cannot tell one chapter from another.
    const name = (passage) => {
      const section = (passage.sectionPath || []).join(' › ');
      if (passage.documentId === hit.documentId) return section || 'Passage ' + (chunkOrdinal(passage.chunkId) + 1);
      const title = passage.title || passage.documentId;
      return section ? title + ': ' + section : title;
    };
    return el('details', { class: 'same-text' },
      el('summary', { text: kind + ' in ' + where.join(' and ') }),
      el('ul', { class: 'same-text-list' }, ...same.map((passage) => el('li', {},
        internalLink(withChanges(state, { doc: passage.documentId, chunk: passage.chunkId }), name(passage)),
        passage.nearly && near < same.length
          ? el('span', { class: 'nearly', text: ' (nearly the same)' }) : null))));
  }

  /**
   * Why a passage came back when its own words do not say it all: it holds only some of the words,
   * or some were found in its document's parties rather than in the passage.
   */
  function whyLine(hit, state) {
    if (!state.q) return null;
    const parts = [];
    if (hit.allWords === false) parts.push('Has some of your words');
    const on = hit.matchedOn || [];
    if (on.includes('parties')) parts.push('its document’s parties match');
    if (!parts.length) return null;
    const text = parts.join('; ');
    return el('p', { class: 'why', text: text.charAt(0).toUpperCase() + text.slice(1) + '.' });
  }

  /** One document of a grouped search: its title, how many passages match, its best ones. */
  function renderDocumentHit(doc, state, types) {
    const best = doc.passages.length ? doc.passages[0].chunkId : null;
    const target = withChanges(state, { doc: doc.documentId, chunk: best });
    const title = doc.title || doc.documentId;
    const count = doc.matchingPassages === 1 ? '1 matching passage' : doc.matchingPassages + ' matching passages';
    const passages = doc.passages.map((hit, i) => {
      const long = hit.snippet && hit.snippet !== hit.text;
      return el('li', { class: 'passage', 'data-chunk-id': hit.chunkId },
        place(breadcrumb(hit.sectionPath, hit.sectionPathHighlighted), hit),
        whyLine(hit, state),
        appendMarked(el('p', { class: 'text' }), long ? hit.snippet : hit.text),
        el('div', { class: 'hit-tools' },
          internalLink(withChanges(state, { doc: doc.documentId, chunk: hit.chunkId }), 'Read in the document',
            { class: 'passage-link', 'aria-label': 'Read in the document: passage ' + (i + 1) + ' of ' + title }),
          ...similarControl(hit, state)));
    });
    return el('li', { class: 'result document-result', 'data-document-id': doc.documentId },
      el('h2', { class: 'result-title' }, doc.titleHighlighted
        ? appendMarked(internalLink(target), doc.titleHighlighted)
        : internalLink(target, title)),
      metaLine(types.get(doc.type) || doc.type, doc.date || undatedLabel(state), doc.publisher, count),
      el('ol', { class: 'passages', 'aria-label': 'Best passages' }, ...passages),
      // Countries only: a long document touches most sectors, and the sidebar lists them anyway.
      chipList([['country', doc.countries || [], 'Country']], state));
  }

  /** Sorted by date, an undated result says so: it comes last for that reason. */
  function undatedLabel(state) {
    return state.sort === 'date' ? 'Undated' : null;
  }

  /** A result's type, date, publisher and whatever follows them, each left out when unknown. */
  function metaLine(typeLabel, date, publisher, ...extra) {
    const spans = [
      typeLabel ? el('span', { text: typeLabel }) : null,
      date ? el('span', { text: formatDate(date) }) : null,
      publisher ? el('span', { class: 'publisher', text: publisher }) : null,
      ...extra.filter(Boolean).map((part) => el('span', { text: part })),
    ].filter(Boolean);
    return el('p', { class: 'meta' }, ...spans.flatMap((span, i) =>
      i === 0 ? [span] : [el('span', { class: 'sep', 'aria-hidden': 'true', text: ' · ' }), span]));
  }

  /** The headings above a chunk; with {@code marked} (escaped, <mark>ed), the query's words show. */
  /**
   * Where a passage is: its headings and, in a PDF, its page, on one line; null for neither. The
   * page becomes a link into the original once the server says it has the file.
   */
  function place(crumbs, passage) {
    const page = pageLabel(passage, 'span');
    if (!page) return crumbs;
    if (passage.documentId) {
      originalOf(passage.documentId).then((url) => {
        if (url && page.parentNode) page.replaceWith(pageLink(url, passage.page));
      });
    }
    return el('div', { class: 'place' }, crumbs, page);
  }

  /** Each document's source file link, or null where the server has none: asked once a page. */
  const originals = new Map();

  function originalOf(documentId) {
    if (!originals.has(documentId)) {
      const url = '/api/documents/' + encodeURIComponent(documentId) + '/file';
      originals.set(documentId, fetch(url, { method: 'HEAD' }).then((r) => (r.ok ? url : null), () => null));
    }
    return originals.get(documentId);
  }

  /** "p. 12", a link opening the original PDF at that page in a new tab. */
  function pageLink(original, page) {
    return el('a', {
      class: 'page-label', href: original + '#page=' + page, target: '_blank', rel: 'noopener',
    }, 'p. ' + page, el('span', { class: 'visually-hidden', text: ' of the original (opens in a new tab)' }));
  }

  /** The page of its PDF a passage starts on, "p. 12"; null for a document without pages. */
  function pageLabel(passage, tag = 'p') {
    return passage.page ? el(tag, { class: 'page-label', text: 'p. ' + passage.page }) : null;
  }

  function breadcrumb(path, marked) {
    if (!path || !path.length) return null;
    const parts = marked && marked.length === path.length
      ? marked.map((part) => appendMarked(el('li'), part))
      : path.map((part) => el('li', { text: part }));
    return el('ol', { class: 'breadcrumb', 'aria-label': 'Section' }, ...parts);
  }

  /** Country and sector chips; clicking one adds that value to the filters. */
  function chipList(groups, state) {
    const items = [];
    for (const [dim, labels, what] of groups) {
      for (const label of labels) {
        const on = (current.filters[dim] || []).includes(label.code);
        items.push(el('li', {}, el('button', {
          type: 'button',
          class: 'chip chip-' + dim,
          'aria-pressed': String(on),
          'data-facet': dim,
          'data-value': label.code,
          title: on ? what + ' filter ' + label.label + ' is on' : 'Filter by ' + what.toLowerCase() + ': ' + label.label,
          onclick: () => {
            if (!on) navigate(toggleFilter(resultsState(state), dim, label.code, true));
          },
        }, label.label)));
      }
    }
    return items.length ? el('ul', { class: 'chips', 'aria-label': 'Countries and sectors' }, ...items) : null;
  }

  function renderPagination(result, state) {
    const size = result.size || 10;
    const page = result.page;
    // Passages folded into one with the same text take no place on a page; a page left short is
    // the last. Later pages may fold more, so the count is at most this.
    const shown = (result.documents || result.hits).length;
    let pages = Math.max(1, Math.ceil(Math.min(result.total - (result.folded || 0), MAX_WINDOW) / size));
    if (result.folded && shown < size) pages = Math.min(pages, page);
    pages = Math.max(pages, page);
    if (pages <= 1) return;
    const link = (n, text, label, rel) => el('li', {}, internalLink(withChanges(state, { page: n }), text,
      { 'aria-label': label, rel, 'aria-current': n === page ? 'page' : null, class: n === page ? 'current' : null }));
    const items = [];
    if (page > 1) items.push(link(page - 1, '‹ Previous', 'Previous page', 'prev'));
    const from = Math.max(1, Math.min(page - 2, pages - 4));
    const to = Math.min(pages, from + 4);
    if (from > 1) items.push(link(1, '1', 'Page 1'));
    if (from > 2) items.push(el('li', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    for (let n = from; n <= to; n++) items.push(link(n, String(n), 'Page ' + n));
    if (to < pages - 1) items.push(el('li', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    if (to < pages) items.push(link(pages, String(pages), 'Page ' + pages));
    if (page < pages) items.push(link(page + 1, 'Next ›', 'Next page', 'next'));
    ui.pagination.replaceChildren(el('ul', {}, ...items));
  }

  /** Whether an error says the server could not answer (down, or failing), not that the request was wrong. */
  function unreachable(e) {
    return e instanceof ApiError && (e.status === 0 || e.status >= 500);
  }

  /** Fills {@code box} with {@code message} and a Try again button that runs {@code retry}. */
  function showProblem(box, message, retry, focus) {
    const again = el('button', { type: 'button', class: 'secondary try-again', onclick: retry }, 'Try again');
    box.replaceChildren(el('p', { class: 'error-message', text: message }), again);
    box.hidden = false;
    if (focus) again.focus();
  }

  /** The id of the control whose change the server could not answer, for focus once it does. */
  let retryFocus = null;

  /**
   * The server could not answer a change (a box ticked, a page asked for): what the page showed
   * stays, and a notice says why, its Try again button taking the focus (where before the whole
   * page gave way to an error and focus fell to the body). Once Try again succeeds, focus goes
   * back to the control that was used.
   */
  function renderUnreachable(e) {
    const active = document.activeElement;
    const reading = document.documentElement.dataset.view === 'document' && $('load-problem');
    let box = reading || $('unreachable');
    if (!box || !box.contains(active)) retryFocus = active && active !== document.body ? active.id || null : null;
    if (!box) {
      box = el('div', { class: 'message error unreachable', id: 'unreachable', role: 'alert' });
      ui.resultsView.prepend(box);
    }
    const retry = async () => {
      if (!(await render(current))) return;
      const control = retryFocus && $(retryFocus);
      retryFocus = null;
      if (control) control.focus(); else landFocus(current);
    };
    showProblem(box, e.message + ' The page still shows what it showed before.', retry, true);
  }

  function renderError(e) {
    showView('error');
    clearResults();
    updateFeed(null); // a refused query's feed is refused too
    if ($('unreachable')) $('unreachable').remove();
    const message = e instanceof ApiError ? e.message : 'Something went wrong in the page: ' + e.message;
    const children = [
      el('h2', { text: e.status === 400 ? 'That query could not be read' : e.status === 404 ? 'Not found' : 'Something went wrong' }),
      el('p', { class: 'error-message', text: message }),
    ];
    if (e.status === 400) {
      children.push(el('p', {}, el('button', { type: 'button', class: 'link-button', onclick: () => openHelp(true) }, 'See the query help')));
    } else if (e.status === 404) {
      children.push(el('p', {}, internalLink(resultsState(current), 'Back to the results')));
    } else {
      children.push(el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: () => render(current) }, 'Try again')));
    }
    ui.message.replaceChildren(...children);
    ui.message.className = 'message error';
    ui.message.setAttribute('role', 'alert');
    ui.message.hidden = false;
    announce(message);
  }

  // ---- facets

  // The whole corpus's facet values and labels, asked for once, when an answer's own lack one.
  let corpusFacetsAnswer = null;
  function corpusFacets() {
    if (!corpusFacetsAnswer) {
      corpusFacetsAnswer = getJson('/api/facets').catch(() => {
        corpusFacetsAnswer = null; // asked again next time
        return {};
      });
    }
    return corpusFacetsAnswer;
  }

  function typeLabels(facets) {
    return new Map(((facets && facets.type) || []).map((v) => [v.value, v.label]));
  }

  function activeFilters(facets) {
    const active = [];
    for (const [dim, facetLabel] of FACETS) {
      for (const v of (facets && facets[dim]) || []) {
        if (v.selected) active.push({ dim, facetLabel, value: v.value, label: v.label || v.value });
      }
    }
    return active;
  }

  function toggleFilter(state, dim, value, on) {
    const next = withChanges(state, { page: 1 });
    const values = next.filters[dim].filter((v) => v !== value);
    if (on) values.push(value);
    next.filters[dim] = values;
    return next;
  }

  function clearFilters(state) {
    const next = withChanges(state, { page: 1 });
    for (const dim of DIMENSIONS) next.filters[dim] = [];
    return next;
  }

  function facetId(dim, value) {
    return 'facet-' + dim + '-' + String(value).replace(/[^A-Za-z0-9_-]/g, (c) => '_' + c.charCodeAt(0).toString(16));
  }

  function renderFacets(facets, state) {
    const focused = document.activeElement && ui.facets.contains(document.activeElement)
      ? document.activeElement.id : null;
    // Typing in a facet's filter box goes on where it was when the facets are drawn again.
    const caret = focused && document.activeElement.type === 'search'
      ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null;
    const groups = [];
    for (const [dim, label] of FACETS) {
      const values = (facets && facets[dim]) || [];
      if (!values.length) continue;
      if (dim === 'year') groups.push(renderPeriod(values, state));
      groups.push(renderFacet(dim, label, values, state));
    }
    if (!groups.length) groups.push(el('p', { class: 'muted', text: 'No filters for these results.' }));
    // On a phone the sidebar folds behind this button, so it says how many filters are on.
    const on = DIMENSIONS.reduce((n, dim) => n + ((facets && facets[dim]) || []).filter((v) => v.selected).length, 0);
    ui.filtersToggle.textContent = on ? 'Filters (' + on + ' on)' : 'Filters';
    // On a phone the panel covers the results: a button at its foot, kept in sight, goes to them.
    groups.push(el('button', {
      type: 'button', class: 'primary show-results', id: 'show-results',
      onclick: () => {
        ui.facets.classList.remove('open');
        ui.filtersToggle.setAttribute('aria-expanded', 'false');
        focusOn(ui.summary);
        ui.summary.scrollIntoView({ block: 'start' });
      },
    }, 'Show the results'));
    ui.facetGroups.replaceChildren(...groups);
    sizeBars();
    if (focused && $(focused)) $(focused).focus();
    if (caret && $(focused)) $(focused).setSelectionRange(caret[0], caret[1]);
  }

  function renderFacet(dim, label, values, state) {
    const open = expanded.has(dim);
    const headingId = 'facet-title-' + dim;
    const list = el('ul', { class: 'facet-values', id: 'facet-list-' + dim });
    const section = el('section', { class: 'facet', 'data-facet': dim, 'aria-labelledby': headingId },
      el('h3', { id: headingId, text: label }));
    if (dim === 'commitment') {
      // Binding, intent and descriptive are the engine's reading of the words: say what they mean.
      section.append(el('button', {
        type: 'button', class: 'link-button facet-help', id: 'commitment-help',
        onclick: () => {
          openHelp(true);
          $('help-commitment').focus();
          $('help-commitment').scrollIntoView({ block: 'center' });
        },
      }, 'What these mean'));
    }
    const item = (v) => {
      const id = facetId(dim, v.value);
      const box = el('input', { type: 'checkbox', id, 'data-facet': dim, 'data-value': v.value, checked: v.selected });
      box.addEventListener('change', () => navigate(toggleFilter(resultsState(state), dim, v.value, box.checked)));
      return el('li', { class: v.count === 0 ? 'zero' : null },
        box,
        el('label', { for: id },
          el('span', { class: 'facet-label', text: v.label || v.value }),
          el('span', { class: 'count', text: String(v.count) })));
    };
    const more = el('button', {
      type: 'button', class: 'link-button show-more', id: 'facet-more-' + dim,
      'aria-expanded': String(open), 'aria-controls': 'facet-list-' + dim,
      onclick: () => {
        if (open) expanded.delete(dim); else expanded.add(dim);
        section.replaceWith(renderFacet(dim, label, values, state));
        $('facet-more-' + dim).focus();
      },
    });
    const filter = values.length > FILTER_FROM || facetFilters.has(dim)
      ? facetFilter(dim, label, list, () => fill()) : null;
    function fill() {
      const wanted = fold((facetFilters.get(dim) || '').trim());
      let shown;
      if (wanted) {
        // Values named at a word start first ("it": Italy before United States); ticked ones stay.
        const matches = values.map((v, i) => ({ v, i, rank: matchRank(v, wanted, dim) }))
          .filter((m) => m.rank >= 0)
          .sort((a, b) => a.rank - b.rank || a.i - b.i)
          .map((m) => m.v);
        const ticked = values.filter((v) => v.selected && !matches.includes(v));
        shown = matches.concat(ticked);
        filter.status.textContent = (matches.length === 0
          ? 'No ' + plural(label) + ' match'
          : matches.length + ' of ' + values.length + ' ' + plural(label) + ' match')
          + (ticked.length ? '; ' + ticked.length + ' ticked also shown.' : '.');
      } else {
        shown = values.filter((v, i) => open || i < TOP_VALUES || v.selected);
        if (filter) filter.status.textContent = '';
      }
      const hidden = values.length - shown.length;
      list.replaceChildren(...shown.map(item));
      more.hidden = Boolean(wanted) || !(hidden > 0 || (open && values.length > TOP_VALUES));
      more.textContent = open ? 'Show fewer' : 'Show ' + hidden + ' more';
    }
    if (filter) section.append(filter.box);
    section.append(list, more);
    fill();
    return section;
  }

  /**
   * The box above a long facet that narrows its values to those whose name or code holds what is
   * typed; {@code refill} redraws the list. Down arrow moves to the first value, Escape clears.
   */
  function facetFilter(dim, label, list, refill) {
    const id = 'facet-filter-' + dim;
    const status = el('p', { class: 'facet-filter-status', id: id + '-status', role: 'status', 'aria-live': 'polite' });
    const input = el('input', {
      type: 'search', id, class: 'facet-filter', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'Filter ' + plural(label) + '…', 'aria-controls': list.id, 'aria-describedby': status.id,
      value: facetFilters.get(dim) || null,
    });
    input.addEventListener('input', () => {
      if (input.value) facetFilters.set(dim, input.value); else facetFilters.delete(dim);
      refill();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value) {
        event.preventDefault();
        event.stopPropagation();
        input.value = '';
        facetFilters.delete(dim);
        refill();
      } else if (event.key === 'ArrowDown') {
        const first = list.querySelector('input');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    const box = el('div', { class: 'facet-filter-box' },
      el('label', { for: id, class: 'visually-hidden', text: 'Filter ' + plural(label) }), input, status);
    return { box, status };
  }

  /** Lower case without accents or full stops, so "cote" finds Côte d'Ivoire and "uk" "U.K.". */
  function fold(text) {
    return String(text).normalize('NFD').replace(/\p{M}+/gu, '').replace(/\./g, '').toLowerCase();
  }

  /**
   * How well {@code wanted} (folded) names a value, as the API's contains= ranks it: 0 its code or
   * label starts so, 1 a word of its label does, 2 it is inside; -1 not at all.
   */
  function matchRank(v, wanted, dim) {
    const names = [v.value, v.label || v.value].map(fold);
    if (names.some((n) => n.startsWith(wanted))) return 0;
    // Or the start of another name it goes by ("U.K.", "Turkey"), as the API's contains= does.
    if (((OTHER_NAMES[dim] || {})[v.value] || []).some((n) => fold(n).startsWith(wanted))) return 0;
    const startsAWord = (text) => {
      for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
        if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return true;
      }
      return false;
    };
    if (names.some(startsAWord)) return 1;
    return names.some((n) => n.includes(wanted)) ? 2 : -1;
  }

  /** A facet's heading as a plural noun: Country → countries. */
  function plural(heading) {
    const word = heading.toLowerCase();
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
    return word.endsWith('s') ? word : word + 's';
  }

  function renderActiveFilters(active, state) {
    if (!active.length) return;
    const chips = active.map((f) => el('li', {}, el('button', {
      type: 'button', class: 'chip removable', 'data-facet': f.dim, 'data-value': f.value,
      'aria-label': 'Remove filter ' + f.facetLabel + ': ' + f.label,
      onclick: () => navigate(toggleFilter(state, f.dim, f.value, false)),
    }, el('span', { class: 'chip-facet', text: f.facetLabel + ': ' }), f.label, el('span', { 'aria-hidden': 'true', text: ' ×' }))));
    chips.push(el('li', {}, el('button', {
      type: 'button', class: 'link-button clear-all', onclick: () => navigate(clearFilters(state)),
    }, 'Clear all')));
    ui.activeFilters.replaceChildren(el('h2', { class: 'visually-hidden', text: 'Active filters' }), el('ul', {}, ...chips));
  }

  // ---- period

  /**
   * The date range control: two bounds and a histogram of the year counts, which the API counts
   * as if no period nor year were chosen, so the bars outside the period still show what lies there.
   */
  function renderPeriod(values, state) {
    const years = values.filter((v) => /^\d{4}$/.test(v.value))
      .map((v) => ({ year: parseInt(v.value, 10), count: v.count }))
      .sort((a, b) => a.year - b.year);
    const undated = values.find((v) => v.value === 'undated');
    const unit = state.group === 'document' ? ['document', 'documents'] : ['passage', 'passages'];
    const input = (id, label, value, hint) => el('div', { class: 'period-bound' },
      el('label', { for: id, text: label }),
      el('input', { id, name: id, type: 'text', inputmode: 'numeric', autocomplete: 'off',
        placeholder: hint, value: value || '', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
        'aria-describedby': 'period-hint' }));
    const form = el('form', { class: 'period-form', id: 'period-form', novalidate: true },
      input('period-from', 'From', state.from, years.length ? String(years[0].year) : 'YYYY'),
      input('period-to', 'To', state.to, years.length ? String(years[years.length - 1].year) : 'YYYY'),
      el('button', { type: 'submit', class: 'secondary', text: 'Apply' }),
      el('p', { class: 'muted period-hint', id: 'period-hint', text: 'A year, 2019-06 or 2019-06-30.' }),
      el('p', { class: 'period-error', id: 'period-error', role: 'alert' }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const from = form.querySelector('#period-from').value.trim();
      const to = form.querySelector('#period-to').value.trim();
      const problem = periodProblem(from, to);
      if (problem) {
        form.querySelector('#period-error').textContent = problem;
        return;
      }
      navigate(withChanges(resultsState(state), { from: from || null, to: to || null, page: 1 }));
    });
    // Not a .facet: it has no values to tick, and tests and styles that walk the facets skip it.
    const section = el('section', { class: 'period', id: 'period', 'aria-labelledby': 'period-title' },
      el('h3', { id: 'period-title', text: 'Date range' }), form);
    if (years.length) {
      const max = Math.max(...years.map((y) => y.count));
      const applied = !periodProblem(state.from, state.to);
      const inPeriod = (year) => applied && (!state.from || String(year) >= state.from.slice(0, 4))
        && (!state.to || String(year) <= state.to.slice(0, 4));
      const bars = years.map((y) => el('li', {}, el('button', {
        type: 'button', class: 'bar' + (inPeriod(y.year) ? ' in-period' : ''),
        'data-year': String(y.year),
        'aria-label': y.year + ': ' + y.count + ' ' + (y.count === 1 ? unit[0] : unit[1]) + '. Show only ' + y.year + '.',
        title: y.year + ': ' + y.count,
        onclick: () => navigate(withChanges(resultsState(state), { from: String(y.year), to: String(y.year), page: 1 })),
      }, el('span', { class: 'bar-fill', 'data-height': String(Math.max(4, Math.round(100 * y.count / max))) }))));
      const histogram = el('ol', { class: 'histogram', 'aria-label': capitalize(unit[1]) + ' per year' }, ...bars);
      rovingBars(histogram);
      section.append(histogram, el('p', { class: 'histogram-axis muted', 'aria-hidden': 'true' },
        el('span', { text: String(years[0].year) }), el('span', { text: String(years[years.length - 1].year) })),
      el('p', { class: 'visually-hidden', id: 'histogram-keys', text: 'Left and Right arrows move between the years.' }));
    }
    if (undated) {
      section.append(el('p', { class: 'muted undated-count', id: 'undated-count',
        text: 'Undated: ' + undated.count + ' ' + (undated.count === 1 ? unit[0] : unit[1]) + (state.from || state.to ? ', outside any range.' : '.') }));
    }
    return section;
  }

  /**
   * The histogram's bars as one Tab stop, walked with the arrow keys, Home and End: each bar its
   * own stop put some 25 of them between the filters and the results, beside the Year facet that
   * offers the same choice. The stop is the period's first bar, else the first.
   */
  function rovingBars(histogram) {
    const bars = Array.from(histogram.querySelectorAll('.bar'));
    const start = bars.find((b) => b.classList.contains('in-period')) || bars[0];
    for (const bar of bars) {
      bar.tabIndex = bar === start ? 0 : -1;
      bar.setAttribute('aria-describedby', 'histogram-keys');
    }
    histogram.addEventListener('keydown', (event) => {
      const at = bars.indexOf(event.target);
      if (at < 0) return;
      const to = { ArrowLeft: at - 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowDown: at + 1, Home: 0, End: bars.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault(); // the arrows would scroll the sidebar
      const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
      for (const bar of bars) bar.tabIndex = bar === next ? 0 : -1;
      next.focus();
    });
  }

  function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Sizes the histogram's bars: the CSP forbids inline styles, so heights are set from script. */
  function sizeBars() {
    for (const fill of document.querySelectorAll('.histogram .bar-fill')) {
      fill.style.height = fill.dataset.height + '%';
    }
  }

  /** Puts {@code chip} first among the active filters, making their list when no facet has one. */
  function prependActiveChip(chip) {
    let list = ui.activeFilters.querySelector('ul');
    if (!list) {
      list = el('ul', {});
      ui.activeFilters.replaceChildren(el('h2', { class: 'visually-hidden', text: 'Active filters' }), list);
    }
    list.prepend(el('li', {}, chip));
  }

  /** The parties every result's document must have, as one removable chip. */
  function renderPartyChip(state, facets) {
    if (!state.party.length) return;
    // Named as the country chips are: the results' country counts carry the parties' labels.
    const labels = new Map(((facets && facets.country) || []).map((v) => [v.value, v.label]));
    const text = state.party.map((code) => labels.get(code) || code).join(' & ');
    const chip = el('button', {
      type: 'button', class: 'chip removable', 'data-facet': 'party',
      'aria-label': 'Remove filter Parties: ' + text,
      onclick: () => navigate(withChanges(state, { party: [], page: 1 })),
    }, el('span', { class: 'chip-facet', text: 'Parties: ' }), text, el('span', { 'aria-hidden': 'true', text: ' ×' }));
    prependActiveChip(chip);
  }

  /** The chosen period as a removable chip beside the facet filters. */
  function renderPeriodChip(state) {
    if (!state.from && !state.to) return;
    const text = state.from && state.to
      ? (state.from === state.to ? state.from : state.from + ' – ' + state.to)
      : state.from ? 'from ' + state.from : 'up to ' + state.to;
    const chip = el('button', {
      type: 'button', class: 'chip removable', 'data-facet': 'period',
      'aria-label': 'Remove filter Date: ' + text,
      onclick: () => navigate(withChanges(state, { from: null, to: null, page: 1 })),
    }, el('span', { class: 'chip-facet', text: 'Date: ' }), text, el('span', { 'aria-hidden': 'true', text: ' ×' }));
    prependActiveChip(chip);
  }

  // ---- analyst's views: country pairs × sectors, the parties' network, the timeline

  const VIEWS = [['matrix', 'Pairs × sectors'], ['network', 'Network'], ['timeline', 'Timeline']];
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  /** The switch between the analyst's views, and the chosen view's panel above the results. */
  async function renderAnalysis(state, gen, searched = state) {
    const bar = $('view-switch');
    if (bar) {
      bar.replaceChildren(...VIEWS.map(([view, label]) => {
        const on = state.view === view;
        return el('li', {}, internalLink(withChanges(state, { view: on ? null : view, page: 1 }), label,
          { class: 'view-link' + (on ? ' on' : ''), 'data-view': view, 'aria-current': on ? 'true' : null }));
      }));
    }
    const panel = $('analysis');
    if (!panel) return;
    if (!state.view) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    let path;
    if (state.view === 'compare') {
      const p = new URLSearchParams();
      p.append('chunk', state.compare || '');
      p.append('documents', (state.with || []).join(','));
      path = '/api/compare?' + p.toString();
    } else {
      path = '/api/' + state.view + '?' + queryParams(searched).toString();
    }
    const data = await getJson(path);
    if (gen !== generation) return;
    panel.hidden = false;
    const body = state.view === 'matrix' ? renderMatrix(data, searched)
      : state.view === 'network' ? renderNetwork(data, searched)
        : state.view === 'compare' ? renderCompare(data, state) : renderTimeline(data, searched);
    panel.replaceChildren(body);
  }

  /** The passage beside its counterparts, the words that differ marked as inserted or deleted. */
  function renderCompare(comparison, state) {
    const column = (hit, body, label) => el('section', { class: 'compare-column', 'data-document-id': hit ? hit.documentId : null },
      el('h3', {}, hit ? internalLink(withChanges(state, { doc: hit.documentId, chunk: hit.chunkId, view: null }), hit.title || hit.documentId) : label),
      hit ? breadcrumb(hit.sectionPath, null) : null, body);
    const source = comparison.source;
    const columns = [column(source, appendMarked(el('p', { class: 'text' }), source.text))];
    for (const c of comparison.counterparts) {
      if (!c.passage) {
        columns.push(el('section', { class: 'compare-column', 'data-document-id': c.documentId },
          el('h3', { text: c.title || c.documentId }),
          el('p', { class: 'muted', text: 'No passage of this document shares a word or a heading with it.' })));
        continue;
      }
      // A word replaced by another (removed, then added, nothing kept between) is set apart from
      // it: run together they read as one word ("opportunitiesdoes").
      const text = el('p', { class: 'text diff' }, ...c.diff.map((d, i) => {
        const replacing = i > 0 && c.diff[i - 1].op !== 'SAME' && d.op !== 'SAME';
        return d.op === 'ADDED' ? el('ins', { class: replacing ? 'replacing' : null, text: d.text })
          : d.op === 'REMOVED' ? el('del', { class: replacing ? 'replacing' : null, text: d.text })
            : document.createTextNode(d.text);
      }));
      columns.push(column(c.passage, text));
    }
    return el('div', { class: 'compare-view' },
      el('h2', { id: 'analysis-title', text: 'The same clause across agreements' }),
      el('p', { class: 'muted' }, 'Beside the passage, the passage of each agreement that reads most like it. ',
        el('ins', { text: 'Inserted' }), ' words are only in that agreement; ', el('del', { text: 'deleted' }), ' ones only in the first.'),
      el('div', { class: 'compare-columns' }, ...columns),
      el('p', {}, internalLink(withChanges(state, { view: null, compare: null, with: [] }), 'Close the comparison')));
  }

  /** "Compare across agreements": pick up to four documents of these results for the passage. */
  function compareChooser(hit, state) {
    const panel = el('fieldset', { class: 'compare-chooser', hidden: true });
    const toggle = el('button', { type: 'button', class: 'link-button compare-toggle', 'aria-expanded': 'false',
      'aria-label': 'Compare this passage across agreements' }, 'Compare across agreements');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open || panel.childElementCount) return;
      const titles = new Map(Array.from(ui.results.querySelectorAll('li.result')).map((li) => {
        const id = li.dataset.documentId || (li.dataset.chunkId || '').replace(/:\d+$/, '');
        const t = li.querySelector('.result-title');
        return [id, t ? t.textContent.trim() : id];
      }));
      // The documents of the results as shown now (the list is complete once it is clicked).
      const candidates = Array.from(titles.keys()).filter((d) => d && d !== hit.documentId);
      panel.append(el('legend', { text: 'Compare with (up to four) documents of these results' }));
      if (!candidates.length) {
        panel.append(el('p', { class: 'muted', text: 'These results come from this document only: search more widely to compare.' }));
        return;
      }
      for (const d of candidates) {
        const id = 'compare-' + hit.chunkId.replace(/[^A-Za-z0-9_-]/g, '_') + '-' + d.replace(/[^A-Za-z0-9_-]/g, '_');
        const box = el('input', { type: 'checkbox', id, value: d, 'data-document-id': d });
        box.addEventListener('change', () => {
          const chosen = panel.querySelectorAll('input:checked');
          for (const b of panel.querySelectorAll('input')) b.disabled = !b.checked && chosen.length >= 4;
        });
        panel.append(el('div', { class: 'compare-option' }, box, el('label', { for: id, text: titles.get(d) || d })));
      }
      const go = el('button', { type: 'button', class: 'secondary compare-go' }, 'Compare');
      go.addEventListener('click', () => {
        const chosen = Array.from(panel.querySelectorAll('input:checked')).map((b) => b.value);
        if (!chosen.length) return;
        navigate(withChanges(state, { view: 'compare', compare: hit.chunkId, with: chosen }));
        window.scrollTo(0, 0);
      });
      panel.append(go);
    });
    return el('div', { class: 'compare-actions' }, toggle, panel);
  }

  function pairLabel(pair) {
    return pair.map((p) => p.label).join(' – ');
  }

  function renderMatrix(matrix, state) {
    const title = 'Documents by country pair and sector' + (state.q ? ' for “' + state.q + '”' : '');
    if (!matrix.rows.length) {
      return el('div', {}, el('h2', { text: title }),
        el('p', { class: 'muted', text: 'No document of these results has two parties.' }));
    }
    const max = Math.max(1, ...matrix.rows.flatMap((r) => Object.values(r.cells).map((c) => c.documents)));
    const head = el('tr', {}, el('th', { scope: 'col', text: 'Pair' }), el('th', { scope: 'col', text: 'Documents' }),
      ...matrix.sectors.map((s) => el('th', { scope: 'col', 'data-sector': s.code }, s.label)));
    const rows = matrix.rows.map((row) => {
      const parties = row.pair.map((p) => p.code);
      const cells = matrix.sectors.map((s) => {
        const cell = row.cells[s.code];
        if (!cell || (!cell.documents && !cell.passages)) return el('td', { class: 'heat-0' }, el('span', { class: 'visually-hidden', text: 'none' }));
        const level = Math.min(4, Math.ceil(4 * cell.documents / max));
        const target = withChanges(state, { party: parties, view: null, page: 1 });
        target.filters.sector = [s.code];
        const label = pairLabel(row.pair) + ', ' + s.label + ': ' + cell.documents
          + (cell.documents === 1 ? ' document, ' : ' documents, ') + cell.passages
          + (cell.passages === 1 ? ' passage' : ' passages');
        return el('td', { class: 'heat-' + level, 'data-sector': s.code },
          internalLink(target, String(cell.documents), { 'aria-label': label, title: label, class: 'cell-link' }),
          el('span', { class: 'passages', 'aria-hidden': 'true', text: ' (' + cell.passages + ')' }));
      });
      const rowTarget = withChanges(state, { party: parties, view: null, page: 1 });
      return el('tr', { 'data-pair': parties.join('-') },
        el('th', { scope: 'row' }, internalLink(rowTarget, pairLabel(row.pair), { class: 'pair-link' })),
        el('td', { text: String(row.documents) }), ...cells);
    });
    if (matrix.other) {
      rows.push(el('tr', { class: 'other' }, el('th', { scope: 'row', text: 'Other pairs' }),
        el('td', { text: String(matrix.other.documents) }),
        ...matrix.sectors.map((s) => el('td', { text: matrix.other.cells[s.code] ? String(matrix.other.cells[s.code].documents) : '' }))));
    }
    const focus = el('select', { id: 'matrix-focus' },
      el('option', { value: '', text: 'All pairs' }),
      ...unique(matrix.rows.flatMap((r) => r.pair.map((p) => p.code + '\t' + p.label))).map((v) => {
        const [code, label] = v.split('\t');
        return el('option', { value: code, selected: state.party.length === 1 && state.party[0] === code, text: label + '’s partners' });
      }));
    focus.addEventListener('change', () => navigate(withChanges(state, { party: focus.value ? [focus.value] : [], page: 1 })));
    return el('div', { class: 'matrix-view' },
      el('h2', { id: 'analysis-title', text: title }),
      el('p', { class: 'muted' }, 'Each cell: documents with a matching passage, the pair among their parties and the sector in any passage; in brackets, the matching passages with the sector. A cell opens those results. ',
        el('label', { for: 'matrix-focus', text: 'Show: ' }), focus),
      el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'analysis-title' },
        el('table', { class: 'matrix' }, el('caption', { class: 'visually-hidden', text: title }),
          el('thead', {}, head), el('tbody', {}, ...rows))),
      matrix.unpaired ? el('p', { class: 'muted', text: matrix.unpaired + ' of ' + matrix.documents + ' documents have fewer than two parties.' }) : null);
  }

  function documentCount(n) {
    return n + ' ' + nounFor(n, 'document', 'documents');
  }

  function renderNetwork(network, state) {
    const title = 'Parties and the documents between them' + (state.q ? ' for “' + state.q + '”' : '');
    if (!network.edges.length) {
      return el('div', {}, el('h2', { text: title }),
        el('p', { class: 'muted', text: 'No document of these results has two parties.' }));
    }
    const size = 360;
    const r = size / 2 - 50;
    const place = new Map(network.nodes.map((n, i) => {
      const a = 2 * Math.PI * i / network.nodes.length - Math.PI / 2;
      return [n.code, { x: size / 2 + r * Math.cos(a), y: size / 2 + r * Math.sin(a), a, node: n }];
    }));
    const maxEdge = Math.max(...network.edges.map((e) => e.documents));
    const maxNode = Math.max(...network.nodes.map((n) => n.documents));
    const drawing = svg('svg', { viewBox: '0 0 ' + size + ' ' + size, class: 'network', role: 'img',
      'aria-label': network.nodes.length + ' parties joined by ' + network.edges.length + ' pairs; the table below lists them' });
    for (const e of network.edges) {
      const a = place.get(e.source);
      const b = place.get(e.target);
      const link = svg('g', { 'data-href': '/' + toSearch(withChanges(state, { party: [e.source, e.target], view: null, page: 1 })),
        class: 'drill', 'data-edge': e.source + '-' + e.target },
        svg('title', { text: a.node.label + ' – ' + b.node.label + ': ' + documentCount(e.documents) }),
        svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge', 'stroke-width': 1 + 5 * e.documents / maxEdge }));
      drawing.append(link);
    }
    for (const { x, y, a, node } of place.values()) {
      // Each code outside its node, along the radius: set below them all, the codes of a crowded
      // circle ran into one another ("AU E EFTA").
      const out = 6 + 10 * node.documents / maxNode + 4;
      const cos = Math.cos(a);
      drawing.append(svg('g', { 'data-href': '/' + toSearch(withChanges(state, { party: [node.code], view: null, page: 1 })),
        class: 'drill', 'data-node': node.code },
        svg('title', { text: node.label + ': ' + documentCount(node.documents) }),
        svg('circle', { cx: x, cy: y, r: 6 + 10 * node.documents / maxNode, class: 'node' }),
        svg('text', { x: x + out * cos, y: y + out * Math.sin(a), 'dominant-baseline': 'middle',
          'text-anchor': cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle', class: 'node-label', text: node.code })));
    }
    const rows = network.edges.map((e) => {
      const a = place.get(e.source).node;
      const b = place.get(e.target).node;
      return el('tr', { 'data-edge': e.source + '-' + e.target },
        el('th', { scope: 'row' }, internalLink(withChanges(state, { party: [e.source, e.target], view: null, page: 1 }), a.label + ' – ' + b.label)),
        el('td', { text: String(e.documents) }), el('td', { text: String(e.passages) }));
    });
    return el('div', { class: 'network-view' },
      el('h2', { id: 'analysis-title', text: title }),
      drawing,
      el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Pairs of parties' },
        el('table', { class: 'edges' }, el('caption', { text: 'Pairs of parties, most documents first' }),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Pair' }), el('th', { scope: 'col', text: 'Documents' }), el('th', { scope: 'col', text: 'Matching passages' }))),
          el('tbody', {}, ...rows))),
      network.moreEdges ? el('p', { class: 'muted', text: network.moreEdges + ' more pairs not shown.' }) : null);
  }

  function renderTimeline(timeline, state) {
    const title = 'Documents over time' + (state.q ? ' for “' + state.q + '”' : '');
    const docs = timeline.documents;
    const parts = [el('h2', { id: 'analysis-title', text: title })];
    if (docs.length) {
      const years = docs.map((d) => parseInt(d.date.slice(0, 4), 10));
      const first = Math.min(...years);
      const last = Math.max(...years) + 1;
      const width = 720;
      const x = (d) => {
        const [y, m, day] = d.date.split('-').map((v) => parseInt(v, 10));
        const t = y + ((m || 1) - 1) / 12 + ((day || 1) - 1) / 365;
        return 20 + (width - 40) * (t - first) / (last - first);
      };
      const types = unique(docs.map((d) => d.type));
      const axis = svg('svg', { viewBox: '0 0 ' + width + ' 90', class: 'timeline', role: 'img',
        'aria-label': docs.length + ' dated documents from ' + first + ' to ' + (last - 1) + '; the list below names them' });
      axis.append(svg('line', { x1: 20, y1: 60, x2: width - 20, y2: 60, class: 'axis' }));
      const step = Math.max(1, Math.ceil((last - first) / 12));
      for (let y = first; y <= last; y += step) {
        const tx = 20 + (width - 40) * (y - first) / (last - first);
        axis.append(svg('line', { x1: tx, y1: 56, x2: tx, y2: 64, class: 'tick' }),
          svg('text', { x: tx, y: 80, 'text-anchor': 'middle', class: 'tick-label', text: String(y) }));
      }
      const seen = new Map();
      for (const d of docs) {
        const cx = x(d);
        const key = Math.round(cx / 8);
        const stack = seen.get(key) || 0;
        seen.set(key, stack + 1);
        axis.append(svg('g', { 'data-href': '/' + toSearch(withChanges(state, { doc: d.documentId, chunk: null, view: null })), class: 'drill', 'data-document-id': d.documentId },
          svg('title', { text: d.date + ': ' + d.title + ' (' + (d.typeLabel || d.type) + ')' }),
          svg('circle', { cx, cy: 48 - 9 * (stack % 5), r: 5, class: 'mark type-' + (types.indexOf(d.type) % 6) })));
      }
      parts.push(axis);
      parts.push(el('ul', { class: 'legend' }, ...types.map((t, i) => {
        const d = docs.find((doc) => doc.type === t);
        return el('li', {}, el('span', { class: 'swatch type-' + (i % 6), 'aria-hidden': 'true' }), d.typeLabel || t);
      })));
    }
    const item = (d) => el('li', { 'data-document-id': d.documentId },
      el('span', { class: 'when', text: d.date ? formatDate(d.date) : 'Undated' }), ' ',
      internalLink(withChanges(state, { doc: d.documentId, chunk: null, view: null }), d.title || d.documentId), ' ',
      el('span', { class: 'muted', text: '(' + [d.typeLabel || d.type].concat(d.sectors.map((s) => s.label)).join(', ') + ')' }));
    parts.push(el('h3', { text: 'Dated documents, oldest first' }), el('ol', { class: 'timeline-list' }, ...docs.map(item)));
    if (timeline.undated.length) {
      parts.push(el('h3', { text: 'Undated' }), el('ul', { class: 'timeline-list undated' }, ...timeline.undated.map(item)));
    }
    if (timeline.truncated) parts.push(el('p', { class: 'muted', text: 'The newest ' + docs.length + ' of ' + timeline.total + ' documents are shown.' }));
    return el('div', { class: 'timeline-view' }, ...parts);
  }

  // ---- export and citations

  const EXPORT_FORMATS = [['csv', 'CSV (spreadsheet)'], ['jsonl', 'JSON Lines'], ['bibtex', 'BibTeX'], ['ris', 'RIS (Zotero, EndNote)']];

  /** The Export menu: links that download every result of this search (not just this page). */
  function renderExportMenu(result, state) {
    const menu = $('export-menu');
    if (!menu) return;
    const shown = result.documents || result.hits;
    menu.hidden = !shown || shown.length === 0;
    menu.open = false;
    const list = menu.querySelector('ul');
    // The rows are the results shown: a corrected search's, not the words as typed.
    const exported = result.correctedQuery ? withChanges(state, { q: result.correctedQuery }) : state;
    const items = EXPORT_FORMATS.map(([format, label]) => {
      const p = queryParams(exported);
      p.append('format', format);
      if (state.sort === 'date') p.append('sort', 'date');
      if (state.group === 'document') p.append('group', 'document');
      return el('li', {}, el('a', { href: '/api/export?' + p.toString(), download: '', 'data-format': format }, label));
    });
    const unit = state.group === 'document' ? 'document' : 'passage';
    items.push(el('li', { class: 'muted export-note', text: 'All ' + result.total + ' results, one row per ' + unit + ' (at most 50,000).' }));
    list.replaceChildren(...items);
  }

  /** "Copy link" and "Cite" for a passage, the citation shown below on request. */
  function passageActions(chunkId, permalink, what) {
    if (!permalink) return null;
    const absolute = new URL(permalink, location.origin).href;
    const panel = el('div', { class: 'cite-panel', hidden: true });
    const copy = el('button', { type: 'button', class: 'link-button copy-link', 'aria-label': 'Copy link to ' + what }, 'Copy link');
    copy.addEventListener('click', () => copyText(absolute, copy, 'Link copied.'));
    const cite = el('button', { type: 'button', class: 'link-button cite', 'aria-expanded': 'false', 'aria-label': 'Cite ' + what }, 'Cite');
    // Loaded once; a load that failed (the server down) is tried again at the next opening: its
    // error in the panel once counted as the citations loaded, and Cite never recovered.
    let loaded = false;
    let loading = false;
    cite.addEventListener('click', async () => {
      const open = cite.getAttribute('aria-expanded') !== 'true';
      cite.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open || loaded || loading) return;
      loading = true;
      panel.replaceChildren();
      try {
        const c = await getJson('/api/cite/' + encodeURIComponent(chunkId));
        loaded = true;
        panel.append(...[['text', 'Text'], ['bibtex', 'BibTeX'], ['ris', 'RIS']].map(([key, label]) => {
          const field = el('textarea', { class: 'citation', 'data-format': key, readonly: true, rows: key === 'text' ? 3 : 6, 'aria-label': label + ' citation' });
          field.value = c[key];
          const button = el('button', { type: 'button', class: 'secondary copy-citation', 'data-format': key }, 'Copy ' + label);
          button.addEventListener('click', () => copyText(c[key], button, label + ' citation copied.'));
          return el('div', { class: 'citation-format' }, el('h4', { text: label }), field, button);
        }));
        panel.querySelector('textarea').focus();
      } catch (e) {
        panel.append(el('p', { class: 'error-message', text: e.message }));
      } finally {
        loading = false;
      }
    });
    const actions = el('div', { class: 'passage-actions' }, el('div', { class: 'action-buttons' }, copy, cite), panel);
    // Escape closes the citations from wherever in them focus is, and hands it back to Cite.
    actions.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || cite.getAttribute('aria-expanded') !== 'true') return;
      event.stopPropagation();
      cite.setAttribute('aria-expanded', 'false');
      panel.hidden = true;
      cite.focus();
    });
    return actions;
  }

  /**
   * Copies text to the clipboard; where the browser refuses (a page served over plain HTTP to
   * another machine has no clipboard API), the text is left selected in a field to copy by hand.
   */
  async function copyText(text, button, done) {
    try {
      await navigator.clipboard.writeText(text);
      showCopied(button);
      announce(done);
    } catch (e) {
      copyByHand(text, button, done);
    }
  }

  /**
   * The field to copy from by hand, after the button: one on the page at a time (each click added
   * one, and the row of tools broke), gone once copied from, left or closed with Escape.
   */
  function copyByHand(text, button, done) {
    for (const old of document.querySelectorAll('.copy-fallback')) old.remove();
    const field = el('input', { type: 'text', class: 'copy-fallback', readonly: true, 'aria-label': 'Press Ctrl+C (⌘C on Mac) to copy' });
    field.value = text;
    const close = (focusButton) => {
      if (!field.isConnected) return;
      if (focusButton) button.focus(); // before the removal, so that no blur is left to handle
      field.remove();
    };
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation(); // the field closes, not the citations it sits in
      close(true);
    });
    field.addEventListener('blur', () => close(false));
    // Removed at once, the field would take the selection being copied with it.
    field.addEventListener('copy', () => window.setTimeout(() => {
      close(true);
      showCopied(button);
      announce(done);
    }, 0));
    button.after(field);
    field.focus();
    field.select();
    announce('Press Ctrl+C (⌘C on Mac) to copy.');
  }

  /**
   * "Copied ✓" over the button for two seconds: the live region told only a screen reader, and
   * the sighted clicked again, unsure. Inside the button and hidden from the accessibility tree, so
   * its name stays and nothing beside it moves.
   */
  function showCopied(button) {
    let sign = button.querySelector('.copied');
    if (!sign) {
      sign = el('span', { class: 'copied', 'aria-hidden': 'true', text: 'Copied ✓' });
      button.append(sign);
    }
    window.clearTimeout(Number(sign.dataset.timer));
    sign.dataset.timer = String(window.setTimeout(() => sign.remove(), 2000));
  }

  // ---- document view

  /** Chunks asked for at once; the API answers at most 500, so that no answer grows with the document. */
  const DOCUMENT_PAGE = 200;

  /** The chunks from {@code from}, {@code marks}'s words marked (by default the search's words). */
  function documentPath(state, from, size, marks = state.q) {
    const p = new URLSearchParams();
    if (marks) p.append('q', marks);
    p.append('from', String(from));
    p.append('size', String(size));
    return '/api/documents/' + encodeURIComponent(state.doc) + '?' + p.toString();
  }

  /** The API path of a part of the document: its outline, or where a query's words are. */
  function documentPartPath(state, part, query) {
    const path = '/api/documents/' + encodeURIComponent(state.doc) + '/' + part;
    return query === undefined ? path : path + '?' + new URLSearchParams({ q: query }).toString();
  }

  /** The ordinal of a chunk id (documentId:ordinal), or 0 when it has none. */
  function chunkOrdinal(chunkId) {
    const n = chunkId ? parseInt(chunkId.slice(chunkId.lastIndexOf(':') + 1), 10) : 0;
    return Number.isFinite(n) && n > 0 ? n : 0;
  }

  async function renderDocument(state, gen) {
    // A link to a passage opens the page of chunks that holds it; earlier ones load on request.
    // The outline comes whole in one answer, so the contents can reach parts not loaded yet.
    const first = Math.floor(chunkOrdinal(state.chunk) / DOCUMENT_PAGE) * DOCUMENT_PAGE;
    const outlined = getJson(documentPartPath(state, 'outline')).catch(() => null);
    let view = await getJson(documentPath(state, first, DOCUMENT_PAGE));
    if (view.chunks.length === 0 && view.total > 0) {
      view = await getJson(documentPath(state, 0, DOCUMENT_PAGE)); // a passage past the end
    }
    const outline = await outlined;
    if (gen !== generation) return;
    showView('document');
    clearResults();
    updateFeed(null);
    const doc = view.document;
    document.title = (doc.title || doc.id) + ' – policy-search';
    const back = resultsState(state);
    const backText = state.q || hasFilters(state) ? '← Back to results' : '← All documents';
    const header = el('header', { class: 'document-header' },
      el('h1', { id: 'document-title', text: doc.title || doc.id }),
      documentFacts(doc, state, view.original));
    const body = el('div', { class: 'document-body', id: 'document-body' });
    const headingDepths = view.chunks.filter((c) => c.kind === 'heading').map((c) => (c.sectionPath || []).length);
    const reader = {
      state, gen, body, total: view.total, from: view.from, to: view.to,
      minDepth: headingDepths.length ? Math.min(...headingDepths) : 0,
      list: null, target: null, loading: null,
      // The words the text is marked with: the search's, until a find in the document.
      marks: state.q || null,
      found: null, toc: null, sectionObserver: null, pinned: 0,
      // The source file as the corpus folder holds it, when the server reads that folder.
      original: view.original || null,
    };
    reader.earlier = el('button', { type: 'button', class: 'secondary load-more', id: 'load-earlier', text: 'Load earlier passages' });
    reader.later = el('button', { type: 'button', class: 'secondary load-more', id: 'load-more', text: 'Load more' });
    reader.status = el('p', { class: 'document-range', id: 'document-range' });
    reader.earlier.addEventListener('click', () => loadEarlier(reader));
    reader.later.addEventListener('click', () => loadLater(reader));
    const chunks = el('div', { class: 'document-chunks' });
    reader.chunks = chunks;
    reader.list = appendChunks(reader, chunks, view.chunks, null);
    body.append(reader.earlier, chunks, reader.status, reader.later);
    updateRange(reader);
    const toc = outline && outline.sections.length ? renderToc(reader, outline.sections) : null;
    reader.bar = documentBar(reader, doc, internalLink(back, backText, { class: 'back-link', id: 'back-link' }), toc);
    ui.documentView.classList.toggle('has-toc', Boolean(toc));
    ui.documentView.replaceChildren(reader.bar, header, body);
    watchBar(reader);
    const target = reader.target;
    if (target && state.h && !target.dataset.permalink.endsWith('&h=' + state.h)) {
      // The link was made to other words: say so, rather than pass this passage off as them.
      header.append(el('p', { class: 'notice changed-passage', id: 'changed-passage', role: 'note' },
        'The text of this passage has changed since the link was made: it is shown as it reads now.'));
    } else if (state.chunk && !target) {
      // A link to a passage past the document's end (it has grown shorter since): opening at the
      // top without a word passed the start off as the passage linked to.
      header.append(el('p', { class: 'notice missing-passage', id: 'missing-passage', role: 'note' },
        'The passage this link was made to is no longer in this document, which now has '
          + view.total + ' ' + nounFor(view.total, 'passage', 'passages') + ': it opens at the start.'));
    }
    if (target) {
      target.scrollIntoView({ block: 'center' });
    } else {
      window.scrollTo(0, 0);
    }
    watchEnd(reader);
    watchSections(reader);
    if (target) markSectionOf(reader, Number(target.dataset.ordinal));
    announce('Opened ' + (doc.title || doc.id) + (target ? ', at the linked passage.' : '.'));
  }

  /**
   * The bar that stays at the top while the document scrolls: the way back, the title, the find
   * box, and the contents (beside the text on a wide screen, behind a button on a narrow one).
   */
  function documentBar(reader, doc, backLink, toc) {
    const title = doc.title || doc.id;
    const bar = el('div', { class: 'document-bar', id: 'document-bar' },
      backLink,
      el('p', { class: 'document-bar-title', title, 'aria-hidden': 'true', text: title }));
    if (toc) {
      const toggle = el('button', {
        type: 'button', class: 'secondary toc-toggle', id: 'toc-toggle',
        'aria-expanded': 'false', 'aria-controls': 'toc', text: 'Contents',
      });
      toggle.addEventListener('click', () => openToc(reader, toc.getAttribute('data-open') !== 'true'));
      toggle.addEventListener('keydown', reader.closeToc);
      bar.append(toggle);
    }
    bar.append(findForm(reader));
    // A part of the document that could not load says so here, in sight wherever the reader is
    // (at the foot of the loaded text, it went unseen).
    reader.problem = el('div', { class: 'load-problem', id: 'load-problem', role: 'alert', hidden: true });
    bar.append(reader.problem);
    if (toc) bar.append(toc);
    return bar;
  }

  /** Keeps the bar's height in a CSS variable: what is scrolled to must land below the bar. */
  function watchBar(reader) {
    const set = () => {
      document.documentElement.style.setProperty('--bar-height', reader.bar.offsetHeight + 'px');
    };
    set();
    if ('ResizeObserver' in window) new ResizeObserver(set).observe(reader.bar);
  }

  // ---- document contents

  /** Contents longer than this start with only their top-level sections unfolded. */
  const TOC_UNFOLDED_UP_TO = 40;

  /** The outline as nested lists, each entry a link to its section; subsections fold. */
  function renderToc(reader, sections) {
    const folded = sections.length > TOC_UNFOLDED_UP_TO;
    const root = el('ul', { class: 'toc-list' });
    const entries = new Map();
    // One open list per depth; a section deeper than the last goes into its list.
    const stack = [{ depth: 0, list: root, item: null }];
    sections.forEach((section, i) => {
      while (stack.length > 1 && stack[stack.length - 1].depth >= section.depth) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent.item && !parent.sub) {
        parent.sub = el('ul', { class: 'toc-list', id: 'toc-sub-' + parent.index });
        parent.item.append(parent.sub);
        parent.row.prepend(tocFold(parent.sub, parent.title, folded));
      }
      const target = withChanges(reader.state, { chunk: reader.state.doc + ':' + section.ordinal });
      const link = el('a', {
        href: '/' + toSearch(target), class: 'toc-link', 'data-ordinal': section.ordinal,
      }, section.title);
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        goToSection(reader, section);
      });
      const row = el('div', { class: 'toc-row' }, link);
      const item = el('li', { 'data-depth': section.depth }, row);
      (parent.sub || parent.list).append(item);
      entries.set(section, { item, link });
      stack.push({ depth: section.depth, list: null, item, row, sub: null, index: i, title: section.title });
    });
    reader.toc = { sections, entries, byOrdinal: new Set(sections.map((s) => s.ordinal)), current: null };
    const nav = el('nav', { class: 'toc', id: 'toc', 'aria-label': 'Contents' },
      el('h2', { class: 'toc-title', text: 'Contents' }), root);
    reader.toc.nav = nav;
    // Escape closes the contents from within them or from their button, wherever focus was left.
    const close = (event) => {
      if (event.key === 'Escape' && tocFolded() && nav.getAttribute('data-open') === 'true') {
        openToc(reader, false);
        $('toc-toggle').focus();
      }
    };
    nav.addEventListener('keydown', close);
    reader.closeToc = close;
    return nav;
  }

  /** The button that folds a section's subsections away and back. */
  function tocFold(sub, title, folded) {
    const button = el('button', {
      type: 'button', class: 'toc-fold', 'aria-expanded': String(!folded), 'aria-controls': sub.id,
      'aria-label': 'Subsections of ' + title,
    }, el('span', { 'aria-hidden': 'true', text: folded ? '▸' : '▾' }));
    sub.hidden = folded;
    button.addEventListener('click', () => setFold(button, button.getAttribute('aria-expanded') !== 'true'));
    return button;
  }

  /** Unfolds ({@code open}) or folds the subsections a fold button controls. */
  function setFold(button, open) {
    button.setAttribute('aria-expanded', String(open));
    button.firstChild.textContent = open ? '▾' : '▸';
    $(button.getAttribute('aria-controls')).hidden = !open;
  }

  /** Shows or hides the contents where they sit behind the "Contents" button (narrow screens). */
  function openToc(reader, open) {
    const toc = $('toc');
    const toggle = $('toc-toggle');
    if (!toc || !toggle) return;
    toc.setAttribute('data-open', String(open));
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      const link = toc.querySelector('[aria-current="location"]');
      if (link) link.focus();
      // An entry that cannot take the focus (in a folded list) fails silently: the first one can.
      if (document.activeElement !== link) toc.querySelector('a').focus();
    }
  }

  /** Whether the contents sit behind the "Contents" button, as on a narrow screen. */
  function tocFolded() {
    const toggle = $('toc-toggle');
    return Boolean(toggle) && getComputedStyle(toggle).display !== 'none';
  }

  async function goToSection(reader, section) {
    if (tocFolded()) openToc(reader, false);
    const node = await jumpTo(reader, section.ordinal, 'start');
    if (!node) {
      if (reader.failed) showProblem(reader.problem, reader.failed.message, () => goToSection(reader, section), true);
      return;
    }
    // Marked once it is shown (a section that failed to load is not where the reader is), before
    // the jump's scroll is seen; it stays current while the jump settles, even when the end of
    // the document keeps its heading from reaching the top.
    markSectionOf(reader, section.ordinal, section);
    focusOn(node, { preventScroll: true });
    followInAddress(reader, node);
    announce('Section ' + section.title + '.');
  }

  /**
   * Puts the passage jumped to in the address, so that the URL copied or reloaded opens where the
   * reader is, not at the passage first linked to. The entry is replaced, not added: Back still
   * leaves the document for the results, as it did before the jumps.
   */
  function followInAddress(reader, node) {
    if (reader.gen !== generation || !node.dataset.chunkId) return;
    // The passage's own permalink hash, so that the page reloaded does not call its text changed.
    const permalink = new URL(node.dataset.permalink || '/', location.origin).searchParams;
    current = withChanges(current, { chunk: node.dataset.chunkId, h: permalink.get('h') });
    history.replaceState(history.state, '', '/' + toSearch(current));
  }

  /** Marks the entry of {@code section} (null: none) as where the reader is. */
  function setCurrentSection(reader, section) {
    const toc = reader.toc;
    if (!toc || toc.current === section) return;
    if (toc.current) {
      const old = toc.entries.get(toc.current);
      old.link.removeAttribute('aria-current');
      old.item.classList.remove('current');
      for (const li of toc.nav.querySelectorAll('li.holds-current')) li.classList.remove('holds-current');
    }
    toc.current = section;
    if (section) {
      const entry = toc.entries.get(section);
      entry.link.setAttribute('aria-current', 'location');
      entry.item.classList.add('current');
      // A folded section that holds the current one is marked, and unfolds: hidden, the entry
      // could be neither scrolled to nor focused.
      for (let li = entry.item.parentElement.closest('li'); li; li = li.parentElement.closest('li')) {
        li.classList.add('holds-current');
        const fold = li.querySelector(':scope > .toc-row > .toc-fold');
        if (fold && fold.getAttribute('aria-expanded') !== 'true') setFold(fold, true);
      }
      // Long contents scroll on their own: keep the current entry in sight there, not moving the page.
      const nav = entry.link.closest('nav');
      const link = entry.link.getBoundingClientRect();
      const box = nav.getBoundingClientRect();
      if (nav.scrollHeight > nav.clientHeight && link.height && (link.top < box.top || link.bottom > box.bottom)) {
        nav.scrollTop += link.top - box.top - box.height / 3;
      }
    }
  }

  /**
   * Where the reader is reading: this far below the bar, in px. A heading jumped to lands 4rem
   * below the bar (the chunks' scroll margin), the end of the section before still above it: the
   * line is where that heading is, not the leftovers over it.
   */
  const READING_LINE = 72;

  function readingLine(reader) {
    return Math.max(0, reader.bar.getBoundingClientRect().bottom) + READING_LINE;
  }

  /** The deepest section holding the chunk at the reading line. */
  function updateCurrentSection(reader) {
    if (!reader.toc || performance.now() < reader.pinned || reader.gen !== generation) return;
    setCurrentSection(reader, sectionHolding(reader, ordinalAtLine(reader)));
  }

  /** The deepest section holding the chunk {@code ordinal}, or null. */
  function sectionHolding(reader, ordinal) {
    let holding = null;
    for (const s of reader.toc.sections) {
      if (s.ordinal > ordinal) break;
      if (ordinal < s.ordinal + s.chunks) holding = s;
    }
    return holding;
  }

  /**
   * Marks the section of the passage just landed on (a linked passage, a match, a section jumped
   * to), or {@code section} itself. Centred, a passage sits below the reading line, whose rule
   * would mark the section above it; so the landing's own section holds while the landing's scroll
   * settles, and the reader's own scrolling then follows the line again.
   */
  function markSectionOf(reader, ordinal, section) {
    if (!reader.toc) return;
    setCurrentSection(reader, section || sectionHolding(reader, ordinal));
    reader.pinned = performance.now() + 500;
  }

  /** The ordinal of the first chunk reaching below the reading line (a binary search). */
  function ordinalAtLine(reader) {
    const nodes = reader.chunks.querySelectorAll('[data-ordinal]');
    if (!nodes.length) return 0;
    const line = readingLine(reader);
    let lo = 0;
    let hi = nodes.length - 1;
    let found = nodes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[mid].getBoundingClientRect().bottom > line) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return Number(nodes[found].dataset.ordinal);
  }

  /**
   * Follows the section headings across the reading line, to mark the current entry; a jump or a
   * long scroll can carry a heading past the line between two frames, unseen by the observer,
   * so scrolling also asks (once a frame).
   */
  function watchSections(reader) {
    if (!reader.toc) return;
    let queued = false;
    const update = () => {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(() => {
        queued = false;
        updateCurrentSection(reader);
      });
    };
    const onScroll = () => {
      if (reader.gen !== generation) {
        window.removeEventListener('scroll', onScroll);
        return;
      }
      update();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    if ('IntersectionObserver' in window) {
      const below = Math.max(0, window.innerHeight - readingLine(reader));
      reader.sectionObserver = new IntersectionObserver(() => {
        if (reader.gen !== generation) {
          reader.sectionObserver.disconnect();
          return;
        }
        update();
      }, { rootMargin: '0px 0px -' + below + 'px 0px' });
      observeSections(reader);
    }
    update();
  }

  /** Observes the loaded chunks that start a section (again after the loaded range changes). */
  function observeSections(reader) {
    const observer = reader.sectionObserver;
    if (!observer) return;
    observer.disconnect();
    for (const node of reader.chunks.querySelectorAll('[data-ordinal]')) {
      if (reader.toc.byOrdinal.has(Number(node.dataset.ordinal))) observer.observe(node);
    }
  }

  // ---- moving through the document

  function chunkNode(reader, ordinal) {
    return reader.chunks.querySelector('[data-ordinal="' + ordinal + '"]');
  }

  function isLoaded(reader, ordinal) {
    return ordinal >= reader.from && ordinal < reader.to;
  }

  /** Scrolls to the chunk at {@code ordinal}, loading its part of the document first if need be. */
  async function jumpTo(reader, ordinal, block) {
    if (!(await ensureLoaded(reader, ordinal)) || reader.gen !== generation) return null;
    const node = chunkNode(reader, ordinal);
    if (node) node.scrollIntoView({ block });
    return node;
  }

  /**
   * Loads the chunk at {@code ordinal}: the next or previous page when it is that close, else the
   * page that holds it in place of those shown (the rest loads on scrolling, as from a link).
   */
  async function ensureLoaded(reader, ordinal) {
    reader.failed = null;
    for (let tries = 0; tries < 4 && !isLoaded(reader, ordinal); tries++) {
      if (reader.loading) {
        await reader.loading.catch(() => null);
      } else if (ordinal >= reader.to && ordinal < reader.to + DOCUMENT_PAGE) {
        await loadLater(reader);
      } else if (ordinal < reader.from && ordinal >= reader.from - DOCUMENT_PAGE) {
        await loadEarlier(reader);
      } else {
        await showPage(reader, Math.floor(ordinal / DOCUMENT_PAGE) * DOCUMENT_PAGE);
      }
      if (reader.gen !== generation || reader.failed) return false;
    }
    return isLoaded(reader, ordinal);
  }

  /**
   * Runs {@code load} as the reader's one load at a time. Its failure shows in the bar with a Try
   * again button running {@code retry}, and stays in {@code reader.failed} for the caller.
   */
  async function loading(reader, load, retry) {
    reader.failed = null;
    reader.loading = load();
    try {
      const done = await reader.loading;
      if (done) reader.problem.hidden = true;
      return done;
    } catch (e) {
      reader.failed = e;
      if (reader.gen === generation) showProblem(reader.problem, e.message, retry, false);
      return false;
    } finally {
      reader.loading = null;
    }
  }

  /** Shows the page of chunks from {@code from} instead of those shown. */
  function showPage(reader, from) {
    return loading(reader, async () => {
      const view = await getJson(documentPath(reader.state, from, DOCUMENT_PAGE, reader.marks));
      if (reader.gen !== generation) return false;
      reader.chunks.replaceChildren();
      reader.list = appendChunks(reader, reader.chunks, view.chunks, null);
      reader.from = view.from;
      reader.to = view.to;
      reader.total = view.total;
      updateRange(reader);
      observeSections(reader);
      return true;
    }, () => showPage(reader, from));
  }

  /** Asks again for the chunks shown, marked with {@code reader.marks} now. */
  async function remark(reader) {
    if (reader.loading) await reader.loading.catch(() => null);
    return loading(reader, async () => {
      const views = [];
      for (let at = reader.from; at < reader.to; at += 500) {
        views.push(await getJson(documentPath(reader.state, at, Math.min(500, reader.to - at), reader.marks)));
      }
      if (reader.gen !== generation) return false;
      const part = document.createDocumentFragment();
      let list = null;
      for (const view of views) list = appendChunks(reader, part, view.chunks, list);
      reader.chunks.replaceChildren(part);
      reader.list = list;
      observeSections(reader);
      return true;
    }, () => remark(reader));
  }

  // ---- find in the document

  function findForm(reader) {
    const input = el('input', {
      type: 'search', id: 'find-q', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'Find in document', 'aria-describedby': 'find-status',
    });
    const status = el('p', { id: 'find-status', class: 'find-status', role: 'status', 'aria-live': 'polite' });
    // On a narrow screen the arrows alone show; the words stay the buttons' names.
    const previous = el('button', { type: 'button', class: 'secondary', id: 'find-previous' },
      el('span', { 'aria-hidden': 'true', text: '↑' }), el('span', { class: 'find-word', text: ' Previous' }));
    const next = el('button', { type: 'button', class: 'secondary', id: 'find-next' },
      el('span', { class: 'find-word', text: 'Next ' }), el('span', { 'aria-hidden': 'true', text: '↓' }));
    const form = el('form', { class: 'find', id: 'find-form', role: 'search', 'aria-label': 'Find in this document' },
      el('label', { for: 'find-q', class: 'visually-hidden', text: 'Find in this document' }),
      input, previous, next, status);
    reader.findStatus = status;
    // Enter finds the words, then steps to the next match; Shift+Enter steps back. An empty box
    // steps through the search's words, which the text is marked with already, from the passage
    // the reader was sent to.
    const step = (by) => {
      const typed = input.value.trim();
      const query = typed || reader.state.q || '';
      if (reader.found && reader.found.query === query) goToMatch(reader, reader.found.at + by);
      else find(reader, query, by < 0, !typed);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      step(1);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.shiftKey) {
        event.preventDefault();
        step(-1);
      } else if (event.key === 'Escape' && (input.value || reader.found)) {
        // The browser would empty the box and leave the find's marks and count: end the find.
        event.preventDefault();
        event.stopPropagation();
        input.value = '';
        endFind(reader);
      }
    });
    // Emptied by its clear button, the box ends the find as Escape does.
    input.addEventListener('input', () => {
      if (!input.value && reader.found) endFind(reader);
    });
    previous.addEventListener('click', () => step(-1));
    next.addEventListener('click', () => step(1));
    return form;
  }

  function setFindStatus(reader, text, problem) {
    reader.findStatus.textContent = text;
    reader.findStatus.classList.toggle('problem', Boolean(problem));
  }

  /**
   * Asks the server where {@code query}'s words are in the whole document (its analysis: synonyms
   * and spelling variants), marks them in the text shown, and goes to the first match (the last,
   * when {@code backwards}).
   */
  async function find(reader, query, backwards, fromTarget) {
    if (!query) {
      setFindStatus(reader, 'Type the words to find in this document.', true);
      return;
    }
    setFindStatus(reader, 'Finding…');
    let found;
    try {
      found = await getJson(documentPartPath(reader.state, 'find', query));
    } catch (e) {
      if (reader.gen === generation) setFindStatus(reader, e.message, true);
      return;
    }
    if (reader.gen !== generation) return;
    const started = { query, total: found.total, chunks: found.chunks, at: -1 };
    reader.found = started;
    if (reader.marks !== query) {
      reader.marks = query;
      await remark(reader);
    }
    if (reader.found !== started) return; // another find started meanwhile, or it was ended
    if (found.total === 0) {
      setFindStatus(reader, 'No matches for “' + query + '”.', true);
      return;
    }
    // From the passage linked to: its first match forwards, the one before it backwards.
    const from = fromTarget && reader.target ? matchesBefore(found, Number(reader.target.dataset.ordinal)) : 0;
    await goToMatch(reader, backwards ? from - 1 : from);
  }

  /** How many of a find's matches lie in the chunks before {@code ordinal}. */
  function matchesBefore(found, ordinal) {
    return found.chunks.filter((chunk) => chunk.ordinal < ordinal).reduce((n, chunk) => n + chunk.matches, 0);
  }

  /** Ends a find: its count and current match go, and the search's words are marked again. */
  function endFind(reader) {
    reader.found = null;
    setFindStatus(reader, '');
    for (const old of reader.chunks.querySelectorAll('mark.current-match')) old.classList.remove('current-match');
    const marks = reader.state.q || null;
    if (reader.marks !== marks) {
      reader.marks = marks;
      remark(reader);
    }
  }

  /** Where match {@code n} is: its chunk's ordinal and which of the chunk's marks it is. */
  function matchPlace(found, n) {
    let left = n;
    for (const chunk of found.chunks) {
      if (left < chunk.matches) return { ordinal: chunk.ordinal, within: left };
      left -= chunk.matches;
    }
    return null;
  }

  /** Goes to match {@code n} (wrapping round), loading its part of the document if need be. */
  async function goToMatch(reader, n) {
    const found = reader.found;
    if (!found || !found.total) return;
    const at = ((n % found.total) + found.total) % found.total;
    found.at = at;
    const place = matchPlace(found, at);
    const node = place && await jumpTo(reader, place.ordinal, 'center');
    if (reader.found !== found || found.at !== at) return; // overtaken by another step
    if (place && !node && reader.failed) {
      showProblem(reader.problem, reader.failed.message, () => goToMatch(reader, n), true);
      return;
    }
    for (const old of reader.chunks.querySelectorAll('mark.current-match')) old.classList.remove('current-match');
    const marks = node ? node.querySelectorAll('mark') : [];
    const mark = marks[Math.min(place ? place.within : 0, marks.length - 1)];
    if (mark) {
      mark.classList.add('current-match');
      mark.scrollIntoView({ block: 'center' });
    }
    if (node) followInAddress(reader, node);
    setFindStatus(reader, (at + 1) + ' of ' + found.total + (found.total === 1 ? ' match' : ' matches'));
    if (node) markSectionOf(reader, place.ordinal); else updateCurrentSection(reader);
  }

  /** Adds chunks' nodes to parent, bullets in lists; the list the last bullet is in, or null. */
  function appendChunks(reader, parent, chunks, openList) {
    let list = openList;
    for (const chunk of chunks) {
      let node;
      if (chunk.kind === 'bullet') {
        if (!list) {
          list = el('ul', { class: 'bullets' });
          parent.append(list);
        }
        node = el('li');
        list.append(node);
      } else {
        list = null;
        if (chunk.kind === 'heading') {
          const level = Math.min(4, 2 + Math.max(0, (chunk.sectionPath || []).length - reader.minDepth));
          node = el('h' + level);
        } else {
          node = el('p');
        }
        parent.append(node);
      }
      node.classList.add('chunk', 'chunk-' + chunk.kind);
      node.dataset.chunkId = chunk.chunkId;
      node.dataset.ordinal = String(chunk.ordinal);
      appendMarked(node, chunk.text);
      node.dataset.permalink = chunk.permalink || '';
      if (chunk.kind !== 'heading') {
        // Any paragraph can be linked, cited, and looked for in other documents.
        const actions = passageActions(chunk.chunkId, chunk.permalink, 'this passage');
        const page = reader.original && chunk.page
          ? pageLink(reader.original, chunk.page)
          : pageLabel(chunk, 'span');
        if (page) actions.querySelector('.action-buttons').prepend(page);
        const [similarButton, similarPanel] = similarControl({ chunkId: chunk.chunkId }, reader.state);
        actions.querySelector('.action-buttons').append(similarButton);
        actions.append(similarPanel);
        node.append(actions);
      }
      if (chunk.chunkId === reader.state.chunk) {
        reader.target = node;
        node.classList.add('target');
        node.setAttribute('aria-current', 'true');
        node.setAttribute('tabindex', '-1');
      }
    }
    return list;
  }

  function updateRange(reader) {
    const d = reader.body.dataset;
    d.from = String(reader.from);
    d.to = String(reader.to);
    d.total = String(reader.total);
    reader.earlier.hidden = reader.from === 0;
    reader.later.hidden = reader.to >= reader.total;
    reader.status.hidden = reader.from === 0 && reader.to >= reader.total;
    reader.status.textContent = 'Passages ' + (reader.from + 1) + '–' + reader.to + ' of ' + reader.total + '.';
  }

  async function loadLater(reader) {
    if (reader.loading || reader.to >= reader.total || reader.gen !== generation) return;
    const loaded = await loading(reader, async () => {
      const view = await getJson(documentPath(reader.state, reader.to, DOCUMENT_PAGE, reader.marks));
      if (reader.gen !== generation) return false;
      reader.list = appendChunks(reader, reader.chunks, view.chunks, reader.list);
      reader.to = view.to;
      reader.total = view.total;
      updateRange(reader);
      observeSections(reader);
      announce('Loaded passages up to ' + reader.to + ' of ' + reader.total + '.');
      return true;
    }, () => loadLater(reader));
    // The observer tells only of changes: when the new end is still in reach, go on.
    if (loaded && nearEnd(reader)) loadLater(reader);
  }

  function nearEnd(reader) {
    return !reader.later.hidden && reader.later.getBoundingClientRect().top < window.innerHeight + 800;
  }

  async function loadEarlier(reader) {
    if (reader.loading || reader.from === 0 || reader.gen !== generation) return;
    await loading(reader, async () => {
      const from = Math.max(0, reader.from - DOCUMENT_PAGE);
      const view = await getJson(documentPath(reader.state, from, reader.from - from, reader.marks));
      if (reader.gen !== generation) return false;
      const anchor = reader.chunks.firstElementChild;
      const top = anchor ? anchor.getBoundingClientRect().top : 0;
      const part = document.createDocumentFragment();
      appendChunks(reader, part, view.chunks, null);
      reader.chunks.prepend(part);
      // What the reader was looking at stays where it was on the screen (the browser's own scroll
      // anchoring may have seen to it already, so the shift is measured, not assumed).
      if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - top);
      reader.from = view.from;
      updateRange(reader);
      observeSections(reader);
      announce('Loaded passages from ' + (reader.from + 1) + '.');
      return true;
    }, () => loadEarlier(reader));
  }

  /** Loads the next chunks when the end of those shown comes near the bottom of the window. */
  function watchEnd(reader) {
    if (!('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => {
      if (reader.gen !== generation) {
        observer.disconnect();
        return;
      }
      if (entries.some((e) => e.isIntersecting)) loadLater(reader);
    }, { rootMargin: '0px 0px 800px 0px' });
    observer.observe(reader.later);
  }

  function documentFacts(doc, state, original) {
    const facts = el('dl', { class: 'facts' });
    const add = (term, ...value) => facts.append(el('div', {}, el('dt', { text: term }), el('dd', {}, ...value)));
    if (doc.typeLabel || doc.type) add('Type', doc.typeLabel || doc.type);
    if (doc.date) add('Date', formatDate(doc.date));
    if (doc.publisher) add('Publisher', doc.publisher);
    if (doc.url && /^https?:\/\//i.test(doc.url)) {
      add('Source', el('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' },
        doc.url, el('span', { class: 'visually-hidden', text: ' (opens in a new tab)' })));
    }
    if (original) {
      add('File', el('a', { href: original, target: '_blank', rel: 'noopener', id: 'original-file' },
        doc.file, el('span', { class: 'visually-hidden', text: ' (opens in a new tab)' })));
    } else if (doc.file && !(doc.url && /^https?:\/\//i.test(doc.url))) {
      add('Source', doc.file);
    }
    if (doc.parties && doc.parties.length) {
      add('Parties', chipList([['country', doc.parties, 'Country']], state));
    }
    return facts;
  }

  // A date known only to its month or year (a signature clause left blank but for them) shows
  // as much as is known, "November 1997" or "2003", never a day the text does not give.
  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
    if (!m) return iso;
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
      'September', 'October', 'November', 'December'];
    const month = months[parseInt(m[2], 10) - 1] + ' ' + m[1];
    return m[3] ? parseInt(m[3], 10) + ' ' + month : month;
  }

  // ---------------------------------------------------------------- similar passages

  let similarPanels = 0;

  /**
   * A "Similar passages" button and the panel it opens below a passage: the passages of other
   * documents that read most like it (/api/similar), each linking into its document. Loaded on
   * the first opening; the heading takes the focus, so a keyboard or screen reader user lands on
   * what opened.
   */
  function similarControl(hit, state) {
    const id = 'similar-' + (++similarPanels);
    const heading = el('h3', { class: 'similar-title', tabindex: '-1', text: 'Similar passages in other documents' });
    const body = el('div', { class: 'similar-body' });
    const panel = el('section', { class: 'similar', id, hidden: true }, heading, body);
    const button = el('button', {
      type: 'button', class: 'link-button similar-toggle', 'aria-expanded': 'false', 'aria-controls': id,
    }, 'Similar passages');
    let loaded = false;
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
      if (!open) return;
      heading.focus();
      if (loaded) return;
      loaded = true;
      panel.setAttribute('aria-busy', 'true');
      body.replaceChildren(el('p', { class: 'similar-status', text: 'Looking for similar passages…' }));
      try {
        const answer = await getJson('/api/similar/' + encodeURIComponent(hit.chunkId) + '?size=5');
        body.replaceChildren(similarList(answer.hits, state));
        announce(answer.hits.length === 1 ? '1 similar passage.' : answer.hits.length + ' similar passages.');
      } catch (e) {
        loaded = false; // asked again at the next opening
        body.replaceChildren(el('p', { class: 'similar-status', role: 'alert', text: e.message }));
      } finally {
        panel.removeAttribute('aria-busy');
      }
    });
    return [button, panel];
  }

  function similarList(hits, state) {
    if (!hits.length) {
      return el('p', { class: 'similar-status', text: 'No passage of another document reads like this one.' });
    }
    return el('ol', { class: 'similar-list' }, ...hits.map((hit) => {
      const long = hit.snippet && hit.snippet !== hit.text;
      return el('li', { class: 'similar-passage', 'data-chunk-id': hit.chunkId, 'data-document-id': hit.documentId },
        el('p', { class: 'similar-source' },
          internalLink(withChanges(state, { doc: hit.documentId, chunk: hit.chunkId }), hit.title || hit.documentId),
          hit.date ? ' · ' + formatDate(hit.date) : ''),
        breadcrumb(hit.sectionPath, null),
        appendMarked(el('p', { class: 'text' }), long ? hit.snippet : hit.text),
        // A template sentence's copies in other agreements, folded into it as a search folds them.
        sameTextList(hit, state));
    }));
  }

  // ---------------------------------------------------------------- feed

  const feedLink = el('a', { class: 'feed-link', id: 'feed-link', type: 'application/atom+xml', hidden: true },
    'Feed');
  ui.resultsView.querySelector('.toolbar').append(feedLink);
  const feedAlternate = el('link', { rel: 'alternate', type: 'application/atom+xml', id: 'feed-alternate' });

  /** The Atom feed of a search: the words and filters /api/search is given, newest documents first. */
  function feedPath(state) {
    const p = new URL(searchPath(state), location.origin).searchParams;
    for (const name of ['page', 'size', 'sort', 'group']) p.delete(name);
    if (!p.get('q')) p.delete('q');
    const s = p.toString();
    return '/api/feed.atom' + (s ? '?' + s : '');
  }

  /** Points the page's feed link and the head's feed at {@code state}'s search; null: none. */
  function updateFeed(state) {
    if (!state) {
      feedLink.hidden = true;
      feedAlternate.remove();
      return;
    }
    const title = state.q ? 'Newest documents for “' + state.q + '”' : 'Newest documents';
    feedLink.href = feedPath(state);
    feedLink.title = title + ' (Atom feed): subscribe in a feed reader';
    feedLink.setAttribute('aria-label', 'Feed of this search for a feed reader: ' + title);
    feedLink.hidden = false;
    feedAlternate.href = feedLink.href;
    feedAlternate.title = title;
    if (!feedAlternate.isConnected) document.head.append(feedAlternate);
  }

  // ---------------------------------------------------------------- controls

  function openHelp(open) {
    ui.help.hidden = !open;
    ui.helpToggle.setAttribute('aria-expanded', String(open));
    if (open) focusOn(ui.help.querySelector('h2'));
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = ui.q.value.trim();
    navigate(withChanges(resultsState(current), { q, page: 1, exact: false }));
  });

  ui.groupSwitch.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-group]');
    if (!button || button.dataset.group === current.group) return;
    navigate(withChanges(resultsState(current), { group: button.dataset.group, page: 1 }));
  });

  ui.sort.addEventListener('change', () => {
    navigate(withChanges(resultsState(current), { sort: ui.sort.value, page: 1 }));
  });

  // Escape closes the Export menu, as it does a menu, and hands focus back to its button.
  $('export-menu').addEventListener('keydown', (event) => {
    const menu = $('export-menu');
    if (event.key !== 'Escape' || !menu.open) return;
    event.stopPropagation();
    menu.open = false;
    menu.querySelector('summary').focus();
  });

  // The menu opens rightwards from its button; where the window's right edge would cut it (the
  // button far right on a narrow screen), it moves left just enough, never past the left edge.
  $('export-menu').addEventListener('toggle', () => {
    const menu = $('export-menu');
    const list = menu.querySelector('ul');
    list.style.left = '';
    if (!menu.open) return;
    const box = list.getBoundingClientRect();
    const room = document.documentElement.clientWidth - 8;
    if (box.right > room) list.style.left = Math.max(8 - box.left, room - box.right) + 'px';
  });

  ui.helpToggle.addEventListener('click', () => openHelp(ui.help.hidden));
  ui.helpClose.addEventListener('click', () => {
    openHelp(false);
    ui.helpToggle.focus();
  });

  ui.filtersToggle.addEventListener('click', () => {
    const open = !ui.facets.classList.contains('open');
    ui.facets.classList.toggle('open', open);
    ui.filtersToggle.setAttribute('aria-expanded', String(open));
    if (open) {
      const first = ui.facets.querySelector('input, button');
      if (first) first.focus();
    }
  });

  // The drawings' shapes open what they stand for; the tables beneath them are the keyboard's way.
  $('analysis').addEventListener('click', (event) => {
    const shape = event.target.closest && event.target.closest('[data-href]');
    if (!shape || event.button !== 0) return;
    navigate(readState(new URL(shape.getAttribute('data-href'), location.href).search));
    window.scrollTo(0, 0);
  });

  // Internal links change the view in place; modified clicks (new tab) keep their default.
  document.addEventListener('click', (event) => {
    const a = event.target.closest && event.target.closest('a[data-internal]');
    if (!a || event.defaultPrevented || event.button !== 0
        || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = new URL(a.href);
    if (a.id === 'back-link' && history.state && history.state.from === url.pathname + url.search) {
      // Back to the results this document was opened from: the browser's Back, which puts them
      // where they were, focus on the result opened, and adds no entry to the history.
      history.back();
      return;
    }
    rememberFocus(a);
    navigate(readState(url.search));
    if (!readState(url.search).doc) window.scrollTo(0, 0);
  });

  document.addEventListener('keydown', (event) => {
    const t = event.target;
    const typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      ui.q.focus();
      ui.q.select();
    } else if (event.key === 'Escape' && !ui.help.hidden) {
      openHelp(false);
      ui.helpToggle.focus();
    }
  });

  /**
   * Notes on the current history entry which result link is being followed, so that Back to the
   * results puts focus (and the view) on it again rather than at the top of the page.
   */
  function rememberFocus(link) {
    if (!ui.results.contains(link)) return;
    const href = link.getAttribute('href');
    const same = Array.from(ui.results.querySelectorAll('a[data-internal]'))
      .filter((a) => a.getAttribute('href') === href);
    history.replaceState(Object.assign({}, history.state, { focus: { href, nth: same.indexOf(link) } }), '');
  }

  function restoreFocus(focus) {
    if (!focus || current.doc) return;
    const same = Array.from(ui.results.querySelectorAll('a[data-internal]'))
      .filter((a) => a.getAttribute('href') === focus.href);
    const link = same[focus.nth] || same[0];
    if (!link) return;
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: 'center' });
  }

  window.addEventListener('popstate', (event) => {
    const focus = event.state && event.state.focus;
    const gen = generation + 1;
    render(readState(location.search)).then(() => {
      if (gen === generation) restoreFocus(focus);
    });
  });

  // preventScroll: in the document view the linked passage, not the header, must stay in view.
  ui.q.focus({ preventScroll: true });
  getJson('/api/facets/definitions').then(
    (definitions) => {
      FACETS = definitions.facets.map((f) => [f.name, f.heading]);
      OTHER_NAMES = definitions.names || {};
      DIMENSIONS = FACETS.map(([dim]) => dim);
      current = readState(location.search);
      render(current);
    },
    (error) => {
      showView('error');
      ui.message.hidden = false;
      ui.message.setAttribute('role', 'alert');
      ui.message.textContent = error.message;
    });
})();

// The search box: where the script tag stands (or in data-xapp-target), with suggestions as you type and results
// with the matched words marked.
import { Api, ApiError, Highlight, PublicConfig, SearchHit, SearchResults, scriptContext, Suggestion } from './common/api';
import { addStyles, h, safeLink, shadowHost, uid } from './common/dom';
import { BASE_CSS, themeVariables } from './common/theme';

const CSS = `
.box{display:block;max-width:640px;color:#111827;font-size:15px;line-height:1.45}
form{display:flex;gap:8px;position:relative}
input{flex:1;min-width:0;padding:10px 12px;border:1px solid #9ca3af;border-radius:8px;color:#111827;background:#fff}
button{background:var(--x-btn);color:var(--x-on-btn);border:0;border-radius:8px;padding:10px 16px;font-weight:600;
  cursor:pointer}
[role=listbox]{position:absolute;top:100%;left:0;right:0;z-index:2147483000;margin:4px 0 0;padding:4px 0;
  list-style:none;background:#fff;border:1px solid #d1d5db;border-radius:8px;box-shadow:0 6px 20px rgba(0,0,0,.15)}
[role=listbox][hidden]{display:none}
[role=option]{padding:8px 12px;cursor:pointer}
[role=option][aria-selected=true],[role=option]:hover{background:#eef2ff}
.status{margin:10px 0 4px;font-size:14px;color:#374151}
ol{list-style:none;margin:0;padding:0}
li.hit{padding:10px 0;border-bottom:1px solid #e5e7eb}
.title{font-size:16px;font-weight:600}
.url{font-size:12px;color:#4b5563;word-break:break-all}
.snippet{margin:4px 0 0;font-size:14px}
`;

class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLOListElement;
  private suggestions: Suggestion[] = [];
  private active = -1;
  private timer: number | undefined;
  private suggestSeq = 0;
  private searchSeq = 0;

  constructor(private readonly api: Api, private readonly config: PublicConfig, root: ShadowRoot) {
    const inputId = uid('search');
    const listId = uid('suggestions');
    this.input = h('input', {
      id: inputId, type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': listId, autocomplete: 'off', maxlength: '200', placeholder: config.search.placeholder,
    });
    this.listbox = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.results = h('ol', { 'aria-label': 'Search results' });
    const form = h('form', { role: 'search', 'aria-label': 'Search ' + config.name },
      h('label', { for: inputId, class: 'sr' }, 'Search ' + config.name),
      this.input, this.listbox, h('button', { type: 'submit' }, 'Search'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.closeSuggestions();
      this.search(this.input.value);
    });
    this.input.addEventListener('input', () => this.scheduleSuggest());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.closeSuggestions(), 150));
    root.append(h('div', { class: 'box' }, form, this.status, this.results));
  }

  private scheduleSuggest(): void {
    window.clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q.length < 2) {
      this.closeSuggestions();
      return;
    }
    this.timer = window.setTimeout(async () => {
      const mine = ++this.suggestSeq;
      try {
        const suggestions = await this.api.suggest(q);
        if (mine === this.suggestSeq) this.showSuggestions(suggestions);
      } catch {
        this.closeSuggestions();
      }
    }, 150);
  }

  private showSuggestions(suggestions: Suggestion[]): void {
    this.suggestions = suggestions;
    this.active = -1;
    this.listbox.textContent = '';
    suggestions.forEach((s, i) => {
      const option = h('li', { id: uid('opt'), role: 'option', 'aria-selected': 'false' }, s.text);
      option.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(i);
      });
      this.listbox.append(option);
    });
    const open = suggestions.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
  }

  private closeSuggestions(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private onKey(e: KeyboardEvent): void {
    if (this.listbox.hidden || !this.suggestions.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.suggestions.length;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      const options = Array.from(this.listbox.children) as HTMLElement[];
      options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
      this.input.setAttribute('aria-activedescendant', options[this.active].id);
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      this.closeSuggestions();
    }
  }

  private choose(i: number): void {
    this.input.value = this.suggestions[i].text;
    this.closeSuggestions();
    this.search(this.input.value);
  }

  private async search(text: string): Promise<void> {
    const q = text.trim();
    if (!q) return;
    // A search supersedes pending suggestions and earlier searches.
    window.clearTimeout(this.timer);
    this.suggestSeq++;
    this.closeSuggestions();
    const mine = ++this.searchSeq;
    this.status.textContent = 'Searching…';
    try {
      const found = await this.api.search(q, this.config.search.maxResults);
      if (mine === this.searchSeq) this.render(found);
    } catch (e) {
      this.results.textContent = '';
      this.status.textContent = e instanceof ApiError ? e.message : 'Search is not available right now.';
    }
  }

  private render(found: SearchResults): void {
    this.results.textContent = '';
    const shown = found.correctedQuery ? `“${found.correctedQuery}”` : `“${found.query}”`;
    this.status.textContent = found.results.length
      ? `${found.results.length} result${found.results.length === 1 ? '' : 's'} for ${shown}`
      : `Nothing found for ${shown}.`;
    for (const hit of found.results) this.results.append(result(hit));
  }
}

function result(hit: SearchHit): HTMLElement {
  return h('li', { class: 'hit' },
    h('div', { class: 'title' }, safeLink(hit.url, hit.title || hit.url)),
    h('div', { class: 'url' }, hit.url),
    h('p', { class: 'snippet' }, ...marked(hit.snippet.text, hit.snippet.highlights)));
}

/** The snippet as text nodes and <mark> elements: the server's ranges, never its markup. */
function marked(text: string, highlights: Highlight[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const hl of [...highlights].sort((a, b) => a.start - b.start)) {
    if (hl.start < at || hl.end > text.length || hl.start >= hl.end) continue;
    if (hl.start > at) nodes.push(document.createTextNode(text.slice(at, hl.start)));
    nodes.push(h('mark', {}, text.slice(hl.start, hl.end)));
    at = hl.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

async function main(): Promise<void> {
  const ctx = scriptContext('search.js');
  if (!ctx) return;
  const targetSelector = ctx.script.getAttribute('data-xapp-target');
  const api = new Api(ctx.base, ctx.key);
  let config: PublicConfig;
  try {
    config = await api.config();
  } catch (e) {
    console.warn('XAPP search: cannot load its configuration:', e instanceof Error ? e.message : e);
    return;
  }
  const target = targetSelector ? document.querySelector(targetSelector) : null;
  const holder = target || document.createElement('div');
  if (!target) ctx.script.insertAdjacentElement('afterend', holder);
  const { root } = shadowHost(uid('search'), holder);
  addStyles(root, BASE_CSS + themeVariables(config) + CSS);
  new SearchBox(api, config, root);
}

main();

// Talking to the runtime: the API base comes from the script's own src, the key from its data-xapp-key.

export interface Colors { primary?: string; secondary?: string; accent?: string; theme?: string }
export interface CallToAction { type: 'leadCapture' | 'booking'; label?: string }
export interface PublicConfig {
  name: string;
  logoUrl?: string;
  colors: Colors;
  fontFamily?: string;
  greeting: string;
  suggestedQuestions?: string[];
  callsToAction?: CallToAction[];
  widget: { position: 'bottom-right' | 'bottom-left'; openOnLoad: boolean; launcherLabel: string };
  search: { placeholder: string; maxResults: number };
}
export interface Source { url: string; title?: string }
export interface Action { type: 'leadCapture' | 'booking'; label: string }
export interface ChatReply {
  answer: string;
  sources?: Source[];
  noContent: boolean;
  actions?: Action[];
  suggestions?: string[];
}
export interface Highlight { start: number; end: number }
export interface SearchHit { title: string; url: string; snippet: { text: string; highlights: Highlight[] } }
export interface Suggestion { text: string; url: string }
export interface SearchResults {
  query: string;
  correctedQuery?: string;
  results: SearchHit[];
  suggestions: Suggestion[];
  noContent: boolean;
}
export interface Slot { start: string; end: string }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface ScriptContext { base: string; key: string; script: HTMLScriptElement }

/** The script tag that loaded us: currentScript while running, else the last tag whose src ends with `file`. */
export function scriptContext(file: string): ScriptContext | null {
  let script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src) {
    const all = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'));
    script = all.reverse().find((s) => new URL(s.src, location.href).pathname.endsWith('/' + file)) || null;
  }
  if (!script) return null;
  const src = new URL(script.src, location.href);
  const base = src.href.slice(0, src.href.length - src.search.length - src.hash.length - file.length);
  const key = script.getAttribute('data-xapp-key') || '';
  return { base, key, script };
}

export class Api {
  constructor(private readonly base: string, private readonly key: string) {}

  config(): Promise<PublicConfig> {
    return this.request<PublicConfig>('GET', 'api/config');
  }

  chat(message: string): Promise<ChatReply> {
    return this.request<ChatReply>('POST', 'api/chat', { message, sessionId: sessionId(), userId: userId() });
  }

  search(q: string, limit: number): Promise<SearchResults> {
    return this.request<SearchResults>('GET', 'api/search?q=' + encodeURIComponent(q) + '&limit=' + limit);
  }

  suggest(q: string): Promise<Suggestion[]> {
    return this.request<Suggestion[]>('GET', 'api/suggest?q=' + encodeURIComponent(q));
  }

  lead(body: { name: string; email: string; phone: string; message: string }): Promise<unknown> {
    return this.request('POST', 'api/leads', { ...body, sessionId: sessionId(), pageUrl: location.href });
  }

  slots(): Promise<{ slots: Slot[] }> {
    return this.request('GET', 'api/booking/slots?days=7');
  }

  book(body: { name: string; email: string; phone: string; slotStart: string; slotEnd: string }): Promise<unknown> {
    return this.request('POST', 'api/bookings', { ...body, sessionId: sessionId() });
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      'X-Xapp-Key': this.key,
      'X-Xapp-Session': sessionId(),
      'X-Xapp-User': userId(),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      mode: 'cors',
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new ApiError(response.status, (data && (data as { error?: string }).error) || 'Something went wrong.');
    }
    return data as T;
  }
}

function stored(storage: () => Storage, name: string): string {
  try {
    const s = storage();
    let id = s.getItem(name);
    if (!id) {
      id = randomId();
      s.setItem(name, id);
    }
    return id;
  } catch {
    return fallbackIds[name] || (fallbackIds[name] = randomId());
  }
}

const fallbackIds: Record<string, string> = {};

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A visit: one per browser tab session. */
export function sessionId(): string {
  return stored(() => sessionStorage, 'xapp-session');
}

/** An anonymous visitor: a random id kept in this browser, never personal data. */
export function userId(): string {
  return stored(() => localStorage, 'xapp-user');
}

// Small DOM helpers: elements are built with properties and textContent only, never from HTML strings.

type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A link only for http(s) URLs (no javascript: or data:), opened in a new tab without leaking the opener. */
export function safeLink(url: string, text: string, className?: string): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return h('span', { class: className }, text);
  }
  const a = h('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer', class: className }, text);
  return a;
}

/** A shadow root on a fresh host element, so the host page's CSS cannot reach in (nor ours out). */
export function shadowHost(id: string, where?: Element | null): { host: HTMLElement; root: ShadowRoot } {
  const host = h('div', { id, 'data-xapp': '' });
  if (where) where.append(host);
  else document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

export function addStyles(root: ShadowRoot, css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return 'xapp-' + prefix + '-' + counter;
}

// The chat widget: a launcher button and a chat panel, in a shadow root, talking to the runtime's API.
import { Action, Api, ApiError, ChatReply, PublicConfig, scriptContext, Slot } from './common/api';
import { addStyles, h, safeLink, shadowHost, uid } from './common/dom';
import { BASE_CSS, themeVariables } from './common/theme';

const CSS = `
.launcher{position:fixed;bottom:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;border:0;
  background:var(--x-btn);color:var(--x-on-btn);box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;
  display:flex;align-items:center;justify-content:center}
.launcher svg{width:28px;height:28px;fill:currentColor}
.right{right:20px}.left{left:20px}
.panel{position:fixed;bottom:92px;z-index:2147483000;width:370px;max-width:calc(100vw - 24px);height:560px;
  max-height:calc(100vh - 112px);background:#fff;color:#111827;border-radius:14px;display:flex;flex-direction:column;
  box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.45}
.panel[hidden]{display:none}
header{display:flex;align-items:center;gap:10px;padding:12px 14px;background:var(--x-bg);color:var(--x-on-bg)}
header img{width:32px;height:32px;object-fit:contain;background:#fff;border-radius:6px;padding:2px}
header h2{flex:1;margin:0;font-size:16px;font-weight:700}
.close{background:transparent;border:0;color:inherit;font-size:24px;line-height:1;cursor:pointer;padding:4px 8px;
  border-radius:6px}
.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px;background:#f9fafb}
.msg{max-width:88%;padding:9px 12px;border-radius:12px;white-space:pre-line;word-wrap:break-word}
.bot{align-self:flex-start;background:#fff;border:1px solid #e5e7eb}
.me{align-self:flex-end;background:var(--x-bg);color:var(--x-on-bg)}
.sources{margin:6px 0 0;padding:0;list-style:none;font-size:13px}
.sources li{margin-top:3px}
.chips,.actions{display:flex;flex-wrap:wrap;gap:6px}
.chip,.action{border:1px solid var(--x-link);background:#fff;color:var(--x-link);border-radius:999px;
  padding:6px 12px;cursor:pointer}
.action{background:var(--x-btn);color:var(--x-on-btn);border-color:var(--x-btn)}
form.ask{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb;background:#fff}
form.ask input{flex:1;min-width:0;padding:10px;border:1px solid #9ca3af;border-radius:8px;color:#111827}
.send,.submit{background:var(--x-btn);color:var(--x-on-btn);border:0;border-radius:8px;padding:10px 14px;
  cursor:pointer;font-weight:600}
.card{align-self:stretch;background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:12px}
.card label{display:block;font-size:13px;font-weight:600;margin:8px 0 3px}
.card input,.card textarea{width:100%;padding:8px;border:1px solid #9ca3af;border-radius:8px;color:#111827}
.card fieldset{border:0;padding:0;margin:0}.card legend{font-weight:600;font-size:14px}
.slot{display:flex;align-items:center;gap:6px;margin:4px 0;font-size:14px}
.slot input{width:auto}
.error{color:#b91c1c;font-size:13px;margin-top:6px}
.typing{color:#4b5563;font-style:italic}
@media (max-width:480px){.panel{right:0;left:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;
  border-radius:0}}
@media (prefers-reduced-motion:no-preference){.panel{transition:opacity .15s}}
`;

const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';

class Widget {
  private readonly panel: HTMLElement;
  private readonly log: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly launcher: HTMLButtonElement;
  private busy = false;

  constructor(private readonly api: Api, private readonly config: PublicConfig, root: ShadowRoot) {
    const side = config.widget.position === 'bottom-left' ? 'left' : 'right';
    const panelId = uid('panel');
    const titleId = uid('title');
    this.launcher = h('button', {
      class: 'launcher ' + side, type: 'button', 'aria-label': config.widget.launcherLabel,
      'aria-expanded': 'false', 'aria-controls': panelId,
    }, icon(CHAT_ICON));
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
    const inputId = uid('q');
    this.input = h('input', {
      id: inputId, type: 'text', maxlength: '1000', autocomplete: 'off', placeholder: 'Ask a question…',
    });
    const form = h('form', { class: 'ask' },
      h('label', { for: inputId, class: 'sr' }, 'Your question'),
      this.input,
      h('button', { class: 'send', type: 'submit' }, 'Send'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.ask(this.input.value);
    });
    const close = h('button', { class: 'close', type: 'button', 'aria-label': 'Close chat' }, '×');
    close.addEventListener('click', () => this.toggle(false));
    this.panel = h('div', {
      id: panelId, class: 'panel ' + side, role: 'dialog', 'aria-labelledby': titleId, hidden: true,
    },
      h('header', {},
        config.logoUrl ? logo(config.logoUrl) : null,
        h('h2', { id: titleId }, config.name),
        close),
      this.log,
      form);
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.toggle(false);
    });
    this.launcher.addEventListener('click', () => this.toggle(this.panel.hidden));
    root.append(this.launcher, this.panel);
    this.say(config.greeting);
    if (config.suggestedQuestions && config.suggestedQuestions.length) this.chips(config.suggestedQuestions);
    if (config.widget.openOnLoad) this.toggle(true, false);
  }

  toggle(open: boolean, focus = true): void {
    this.panel.hidden = !open;
    this.launcher.setAttribute('aria-expanded', String(open));
    if (!focus) return;
    if (open) this.input.focus();
    else this.launcher.focus();
  }

  private async ask(text: string): Promise<void> {
    const message = text.trim();
    if (!message || this.busy) return;
    this.input.value = '';
    this.add(h('div', { class: 'msg me' }, h('span', { class: 'sr' }, 'You: '), message));
    const typing = this.add(h('div', { class: 'msg bot typing', 'aria-hidden': 'true' }, 'Typing…'));
    this.busy = true;
    this.log.setAttribute('aria-busy', 'true');
    try {
      this.reply(await this.api.chat(message));
    } catch (e) {
      this.say(errorText(e));
    } finally {
      typing.remove();
      this.busy = false;
      this.log.removeAttribute('aria-busy');
    }
  }

  private reply(reply: ChatReply): void {
    const bubble = this.say(reply.answer);
    if (reply.sources && reply.sources.length) {
      const list = h('ul', { class: 'sources', 'aria-label': 'Sources' });
      for (const s of reply.sources) list.append(h('li', {}, safeLink(s.url, s.title || s.url)));
      bubble.append(list);
    }
    if (reply.actions && reply.actions.length) this.actions(reply.actions);
    if (reply.suggestions && reply.suggestions.length) this.chips(reply.suggestions);
  }

  private say(text: string): HTMLElement {
    return this.add(h('div', { class: 'msg bot' }, h('span', { class: 'sr' }, this.config.name + ': '), text));
  }

  private add<T extends HTMLElement>(el: T): T {
    this.log.append(el);
    this.log.scrollTop = this.log.scrollHeight;
    return el;
  }

  private chips(questions: string[]): void {
    const row = h('div', { class: 'chips' });
    for (const q of questions) {
      const chip = h('button', { class: 'chip', type: 'button' }, q);
      chip.addEventListener('click', () => {
        row.remove();
        this.ask(q);
      });
      row.append(chip);
    }
    this.add(row);
  }

  private actions(actions: Action[]): void {
    const row = h('div', { class: 'actions' });
    for (const a of actions) {
      const button = h('button', { class: 'action', type: 'button' }, a.label);
      button.addEventListener('click', () => {
        row.remove();
        if (a.type === 'booking') this.bookingForm();
        else this.leadForm();
      });
      row.append(button);
    }
    this.add(row);
  }

  private leadForm(): void {
    const fields = contactFields(true);
    const error = h('div', { class: 'error', role: 'alert' });
    const form = h('form', { class: 'card', 'aria-label': 'Leave your details' },
      ...fields.nodes, h('button', { class: 'submit', type: 'submit' }, 'Send'), error);
    this.sendOnSubmit(form, fields, error, async (v) => {
      await this.api.lead({ name: v.name, email: v.email, phone: v.phone, message: v.message });
      return `Thanks, ${v.name}! The team at ${this.config.name} will get back to you soon.`;
    });
    this.add(form);
    fields.first.focus();
  }

  private async bookingForm(): Promise<void> {
    let slots: Slot[];
    try {
      slots = (await this.api.slots()).slots;
    } catch (e) {
      this.say(errorText(e));
      return;
    }
    if (!slots.length) {
      this.say('There are no free times in the next days. Leave your details and we will find one for you.');
      this.leadForm();
      return;
    }
    const group = uid('slot');
    const options = slots.slice(0, 8).map((s, i) => {
      const id = uid('s');
      const radio = h('input', { type: 'radio', name: group, id, value: String(i), checked: i === 0 });
      return h('div', { class: 'slot' }, radio, h('label', { for: id }, formatSlot(s)));
    });
    const fields = contactFields(false);
    const error = h('div', { class: 'error', role: 'alert' });
    const form = h('form', { class: 'card', 'aria-label': 'Book an appointment' },
      h('fieldset', {}, h('legend', {}, 'Available times'), ...options),
      ...fields.nodes, h('button', { class: 'submit', type: 'submit' }, 'Book'), error);
    this.sendOnSubmit(form, fields, error, async (v) => {
      const checked = form.querySelector<HTMLInputElement>('input[type=radio]:checked');
      const slot = slots[Number(checked ? checked.value : 0)];
      await this.api.book({ name: v.name, email: v.email, phone: v.phone, slotStart: slot.start, slotEnd: slot.end });
      return `Thanks, ${v.name}! We have requested ${formatSlot(slot)} for you and will confirm it shortly.`;
    });
    this.add(form);
    const first = form.querySelector<HTMLInputElement>('input');
    if (first) first.focus();
  }

  /**
   * Sends a contact form once its details pass the checks: on success the form gives way to the thanks `send`
   * returns; on failure its error line says why and what the visitor typed stays.
   */
  private sendOnSubmit(form: HTMLFormElement, fields: ContactFields, error: HTMLElement,
    send: (details: ContactDetails) => Promise<string>): void {
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const details = fields.values();
      const problem = checkContact(details.name, details.email, details.phone);
      if (problem) {
        error.textContent = problem;
        return;
      }
      try {
        const thanks = await send(details);
        form.remove();
        this.say(thanks);
        this.input.focus();
      } catch (err) {
        error.textContent = errorText(err);
      }
    });
  }
}

interface ContactDetails { name: string; email: string; phone: string; message: string }

interface ContactFields {
  nodes: HTMLElement[];
  first: HTMLInputElement;
  values(): ContactDetails;
}

function contactFields(withMessage: boolean): ContactFields {
  const field = (label: string, type: string, autocomplete: string, required = false) => {
    const id = uid('f');
    const input = h('input', { id, type, autocomplete, maxlength: '200', required, 'aria-required': required ? 'true' : undefined });
    return { input, nodes: [h('label', { for: id }, label), input] };
  };
  const name = field('Name', 'text', 'name', true);
  const email = field('Email', 'email', 'email');
  const phone = field('Phone', 'tel', 'tel');
  const nodes: HTMLElement[] = [...name.nodes, ...email.nodes, ...phone.nodes];
  let message: HTMLTextAreaElement | null = null;
  if (withMessage) {
    const id = uid('f');
    message = h('textarea', { id, rows: '3', maxlength: '2000' });
    nodes.push(h('label', { for: id }, 'Message'), message);
  }
  return {
    nodes,
    first: name.input,
    values: () => ({
      name: name.input.value.trim(),
      email: email.input.value.trim(),
      phone: phone.input.value.trim(),
      message: message ? message.value.trim() : '',
    }),
  };
}

function checkContact(name: string, email: string, phone: string): string | null {
  if (!name) return 'Please enter your name.';
  if (!email && !phone) return 'Please enter an email address or a phone number.';
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]{2,}$/.test(email)) return 'Please check the email address.';
  return null;
}

function formatSlot(slot: Slot): string {
  const start = new Date(slot.start);
  if (isNaN(start.getTime())) return slot.start;
  return start.toLocaleString(undefined, {
    weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
  });
}

function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    return e.status === 429 ? 'You are sending messages very quickly. Please wait a moment and try again.' : e.message;
  }
  return 'I could not reach the assistant. Please check your connection and try again.';
}

function icon(path: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

function logo(url: string): HTMLElement | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return h('img', { src: u.href, alt: '' });
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const ctx = scriptContext('widget.js');
  if (!ctx || document.querySelector('[data-xapp-widget]')) return;
  const api = new Api(ctx.base, ctx.key);
  let config: PublicConfig;
  try {
    config = await api.config();
  } catch (e) {
    console.warn('XAPP widget: cannot load its configuration:', e instanceof Error ? e.message : e);
    return;
  }
  const { host, root } = shadowHost(uid('widget'));
  host.setAttribute('data-xapp-widget', '');
  addStyles(root, BASE_CSS + themeVariables(config) + CSS);
  new Widget(api, config, root);
}

main();

// The CSS custom properties both scripts style themselves with, from the brand colours and font.
import { PublicConfig } from './api';
import { readableOnWhite, readableScheme } from './contrast';

const FALLBACK = '#2563eb';

export function themeVariables(config: PublicConfig): string {
  const header = readableScheme(config.colors.primary || config.colors.theme, FALLBACK);
  const accent = readableScheme(config.colors.accent || config.colors.primary, FALLBACK);
  const link = readableOnWhite(config.colors.primary || config.colors.theme, FALLBACK);
  const font = config.fontFamily ? `"${config.fontFamily.replace(/["\\;{}<>]/g, '')}", ` : '';
  return `:host{--x-bg:${header.background};--x-on-bg:${header.text};--x-btn:${accent.background};` +
    `--x-on-btn:${accent.text};--x-link:${link};--x-font:${font}system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}`;
}

/** Shared base: reset whatever the host page's CSS would make us inherit, visible focus, hidden-but-read text. */
export const BASE_CSS = `
:host{all:initial}
*{box-sizing:border-box;font-family:var(--x-font);}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
a{color:var(--x-link)}
button,input,textarea,select{font:inherit;font-size:15px}
:focus-visible{outline:3px solid var(--x-link);outline-offset:2px}
mark{background:#fde68a;color:#111827;padding:0 1px;border-radius:2px}
`;

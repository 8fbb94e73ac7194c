// Readable colours whatever the brand: WCAG 2 contrast, and a darkened or lightened brand colour when needed.

type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];

export function parseHex(color: string | undefined): Rgb | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? m[1].split('').map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

export function luminance(rgb: Rgb): number {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as Rgb;
}

export interface Scheme { background: string; text: string }

/**
 * A background close to the brand colour and a text colour (white or ink) with at least `min` contrast (4.5 is
 * WCAG AA for text): when neither reaches it, the background is darkened (or lightened) step by step until one does.
 */
export function readableScheme(brand: string | undefined, fallback: string, min = 4.5): Scheme {
  const base = parseHex(brand) || (parseHex(fallback) as Rgb);
  const text = contrast(base, WHITE) >= contrast(base, INK) ? WHITE : INK;
  const toward: Rgb = text === WHITE ? [0, 0, 0] : [255, 255, 255];
  let bg = base;
  for (let t = 0.1; contrast(bg, text) < min && t <= 1; t += 0.1) {
    bg = mix(base, toward, t);
  }
  return { background: toHex(bg), text: toHex(text) };
}

/** A colour usable as text (links, focus rings) on a white surface: the brand colour, darkened if needed. */
export function readableOnWhite(brand: string | undefined, fallback: string, min = 4.5): string {
  const base = parseHex(brand) || (parseHex(fallback) as Rgb);
  let c = base;
  for (let t = 0.1; contrast(c, WHITE) < min && t <= 1; t += 0.1) {
    c = mix(base, [0, 0, 0], t);
  }
  return toHex(c);
}

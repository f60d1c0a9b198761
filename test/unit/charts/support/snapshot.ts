// Golden SVG snapshots (after observablehq/plot): numbers rounded so that float noise does not fail a test.

/** Rounds every decimal number in the markup to `digits` places (12.3456 → 12.3, 4.0 → 4). */
export function roundNumbers(markup: string, digits = 1): string {
  return markup.replace(/-?\d+\.\d+/g, (number) => {
    const rounded = Number(Number(number).toFixed(digits));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * The first `<svg>…</svg>` of a server-rendered body, without Svelte's hydration comments or its scoped
 * CSS class hashes (they change with any style edit, which a golden of the markup should not notice).
 */
export function svgOf(body: string): string {
  const start = body.indexOf('<svg');
  const end = body.lastIndexOf('</svg>');
  const svg = start >= 0 && end >= 0 ? body.slice(start, end + 6) : body;
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+(?=[ "])/g, '');
}

// The stricter form: only numbers in geometry attributes are rounded; text is left alone ("21.145" is a
// formatted Vietnamese number, not a coordinate).
const GEOMETRY = /\b(d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|transform|width|height|points|viewBox|data-value)="([^"]*)"/g;

function roundGeometryNumber(text: string): string {
  return text.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

export function normalizeMarkup(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(GEOMETRY, (_, name: string, value: string) => `${name}="${roundGeometryNumber(value)}"`)
    .replace(/></g, '>\n<');
}

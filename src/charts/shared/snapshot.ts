// Golden SVG snapshots (src/charts/README.md): numbers in geometry attributes rounded to one decimal and
// hydration comments dropped, so a snapshot changes when the drawing does and not with floating-point noise.
// Text is left alone: "21.145" is a formatted Vietnamese number, not a coordinate.
const GEOMETRY = /\b(d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|transform|width|height|points|viewBox|data-value)="([^"]*)"/g;

function roundNumbers(text: string): string {
  return text.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

export function normalizeMarkup(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(GEOMETRY, (_, name: string, value: string) => `${name}="${roundNumbers(value)}"`)
    .replace(/></g, '>\n<');
}

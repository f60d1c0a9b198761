// Colours of the trend panels. Highlighted units take Okabe & Ito's colour-blind-safe categorical colours,
// ordered for contrast on white (yellow is left out: too pale for a thin line); every other unit is grey.
export const HIGHLIGHT_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;
export const QUIET_COLOR = '#b3bac2';

export function unitColor(colorIndex: number | null): string {
  return colorIndex === null ? QUIET_COLOR : HIGHLIGHT_COLORS[colorIndex % HIGHLIGHT_COLORS.length];
}

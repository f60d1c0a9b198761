// Which units stand out: the selected unit first, then the compared ones in the order given.
export type HighlightRole = 'selected' | 'compare' | 'quiet';

export interface Highlight {
  role: HighlightRole;
  /** Index into the highlight palette; null for quiet units. */
  colorIndex: number | null;
}

export function highlighter(selected: string | null, compare: readonly string[]): (code: string) => Highlight {
  const order = [...new Set([...(selected ? [selected] : []), ...compare])];
  return (code) => {
    const index = order.indexOf(code);
    if (index < 0) return { role: 'quiet', colorIndex: null };
    return { role: code === selected ? 'selected' : 'compare', colorIndex: index };
  };
}

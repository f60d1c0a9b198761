// The one-line citation of a source: its title (or address), its publisher unless the title names it, its date.
// Shared by the refresh (sources.csv) and the bundle decoder (the bundle does not repeat it).
export function citationOf(source: { title: string; url: string; publisher: string; date: string }, fallback = ''): string {
  const head = source.title || source.url || fallback;
  const parts = [head];
  if (source.publisher && !head.includes(source.publisher)) parts.push(source.publisher);
  if (source.date) parts.push(source.date);
  return parts.join(', ');
}

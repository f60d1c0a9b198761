// Values compared by content, not identity. Runes re-run whatever reads a derived value when it is a new
// object, even an equal one; a query keyed by `{ metric, period }` must not go to the worker again
// because the language changed. Pure.

/** Deep equality of plain data (what goes into a URL or a worker query): primitives, arrays, plain objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Wraps a computation so that it hands back its previous result while the new one is equal by value:
 * `$derived.by(byValue(() => ({ metric, period })))` changes only when the metric or the period does.
 */
export function byValue<T>(compute: () => T): () => T {
  let last: { value: T } | null = null;
  return () => {
    const next = compute();
    if (last && sameValue(last.value, next)) return last.value;
    last = { value: next };
    return next;
  };
}

// One way to ask the analysis worker from the UI. A query re-asks whenever what it reads changes (or the
// data version, when the user's layer changes), drops an answer that arrives after a newer question, and
// says when it is waiting and when the worker failed, so that no "computing…" is left on screen for good.
export class Query<T> {
  /** The latest answer; kept while a newer question is pending, so a view does not flash empty. */
  current = $state.raw<T | null>(null);
  loading = $state(false);
  /** Why the latest question failed (the worker's message); null while asking again. */
  error = $state<string | null>(null);

  /**
   * `ask` reads its inputs (runes) and returns the worker's promise, or null while they are not ready.
   * Create queries while a component initialises: the rune that runs them lives as long as the component.
   */
  constructor(ask: () => Promise<T> | null, dataVersion: () => number = () => 0) {
    $effect(() => {
      dataVersion();
      let pending: Promise<T> | null;
      try {
        pending = ask();
      } catch (error) {
        this.#fail(error);
        return;
      }
      if (!pending) {
        this.loading = false;
        return;
      }
      let stale = false;
      this.loading = true;
      this.error = null;
      pending.then(
        (answer) => {
          if (stale) return;
          this.current = answer;
          this.loading = false;
        },
        (error: unknown) => {
          if (!stale) this.#fail(error);
        },
      );
      return () => {
        stale = true;
      };
    });
  }

  // An answer to an older question is not shown as the answer to this one.
  #fail(error: unknown) {
    this.current = null;
    this.error = error instanceof Error ? error.message : String(error);
    this.loading = false;
  }
}

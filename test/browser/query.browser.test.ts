// Asking the worker: a failure is said (never "computing…" for good), a late answer to an old question
// is dropped, and a new data version asks again.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import QueryProbe from './support/QueryProbe.svelte';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Query', () => {
  test('a failed worker call shows its error instead of "computing…"', async () => {
    const screen = await render(QueryProbe, { ask: () => Promise.reject(new Error('DataCloneError: could not be cloned')), input: 1 });
    await expect.element(screen.getByTestId('query-error')).toHaveTextContent('Could not compute: DataCloneError: could not be cloned');
    expect(screen.container.textContent).not.toContain('Computing…');
  });

  test('a call that throws before it reaches the worker is said too', async () => {
    const screen = await render(QueryProbe, {
      ask: () => {
        throw new Error('the dataset has not been loaded');
      },
      input: 1,
    });
    await expect.element(screen.getByTestId('query-error')).toHaveTextContent('the dataset has not been loaded');
  });

  test('an answer that comes after a newer question is dropped', async () => {
    const answers = new Map([[1, deferred<string>()], [2, deferred<string>()]]);
    const screen = await render(QueryProbe, { ask: (n: number) => answers.get(n)!.promise, input: 1 });
    expect(screen.container.textContent).toContain('Computing…');
    await screen.rerender({ input: 2 });
    answers.get(2)!.resolve('answer to 2');
    await expect.element(screen.getByTestId('answer')).toHaveTextContent('answer to 2');
    answers.get(1)!.resolve('answer to 1');
    await new Promise((r) => setTimeout(r, 20));
    await expect.element(screen.getByTestId('answer')).toHaveTextContent('answer to 2');
  });

  test('a new data version asks again; unrelated renders do not', async () => {
    let calls = 0;
    const ask = (n: number) => Promise.resolve(`call ${++calls} for ${n}`);
    const screen = await render(QueryProbe, { ask, input: 1, version: 0 });
    await expect.element(screen.getByTestId('answer')).toHaveTextContent('call 1 for 1');
    await screen.rerender({ version: 1 });
    await expect.element(screen.getByTestId('answer')).toHaveTextContent('call 2 for 1');
    await screen.rerender({ input: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(2);
  });
});

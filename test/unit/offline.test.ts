// What the page recognises as a part of the app that could not be loaded, and why storage failed.
import { describe, expect, it } from 'vitest';
import { isChunkFailure } from '../../src/offline/chunks';
import { storageReason } from '../../src/app/userStore';

describe('isChunkFailure', () => {
  it.each([
    new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/ViewPanels-abc.js'), // Chromium
    new TypeError('error loading dynamically imported module: https://example.org/assets/x.js'), // Firefox
    new TypeError('Importing a module script failed.'), // Safari
    new Error('Unable to preload CSS for /assets/x.css'), // Vite
  ])('%s is one', (error) => expect(isChunkFailure(error)).toBe(true));

  it.each([new TypeError("Cannot read properties of undefined (reading 'x')"), 'a string', null])('%s is not', (reason) =>
    expect(isChunkFailure(reason)).toBe(false));
});

describe('storageReason', () => {
  it('a quota error is named by its name, even with no message', () => {
    expect(storageReason(new DOMException('', 'QuotaExceededError'))).toEqual({ kind: 'quota' });
  });
  it('storage refused by the browser', () => {
    expect(storageReason(new DOMException('The user denied permission to access the database.', 'SecurityError'))).toEqual({ kind: 'unavailable' });
    expect(storageReason(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toEqual({ kind: 'unavailable' });
  });
  it('anything else keeps what the browser said', () => {
    expect(storageReason(new DOMException('', 'UnknownError'))).toEqual({ kind: 'other', detail: 'UnknownError' });
    expect(storageReason(new Error('disk on fire'))).toEqual({ kind: 'other', detail: 'disk on fire' });
    expect(storageReason(new DOMException('', 'AbortError'))).toEqual({ kind: 'other', detail: 'AbortError' });
  });
});

import { describe, expect, test } from 'vitest';
import { byValue, sameValue } from '../../../src/core/byValue';

describe('byValue', () => {
  test('an equal result is the previous object; a different one is the new object', () => {
    let input = { metric: 'a', units: ['27', '31'], range: { min: null, max: 5 } };
    const keyed = byValue(() => ({ ...input, units: [...input.units], range: { ...input.range } }));
    const first = keyed();
    expect(keyed()).toBe(first);
    input = { ...input, range: { min: null, max: 6 } };
    const second = keyed();
    expect(second).not.toBe(first);
    expect(second.range.max).toBe(6);
  });

  test('sameValue compares plain data by content', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(['27'], ['31'])).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});

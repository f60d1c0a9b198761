import { describe, expect, test } from 'vitest';
import { evaluateFormula, formulaRefs, parseFormula } from '../../../src/core/data/formula';

describe('derived-metric formulas', () => {
  test('evaluate with precedence and parentheses', () => {
    const share = parseFormula('kcn_area_ha / (area_km2 * 100)');
    expect([...formulaRefs(share)]).toEqual(['kcn_area_ha', 'area_km2']);
    expect(evaluateFormula(share, { kcn_area_ha: 500, area_km2: 1000 })).toBe(0.005);
    expect(evaluateFormula(parseFormula('a + b * 2'), { a: 1, b: 3 })).toBe(7);
  });

  test('a missing input or a zero divisor gives no value, never zero', () => {
    expect(evaluateFormula(parseFormula('a / b'), { a: 1, b: 0 })).toBeNull();
    expect(evaluateFormula(parseFormula('a / b'), { a: 1 })).toBeNull();
  });

  test('malformed formulas are refused', () => {
    expect(() => parseFormula('a / ')).toThrow();
    expect(() => parseFormula('a ^ b')).toThrow();
    expect(() => parseFormula('(a / b')).toThrow();
  });
});

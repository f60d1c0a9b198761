// The user's own figures are marked in the charts as in the tables.
import { describe, expect, test } from 'vitest';
import { rankBarsState } from '../../../src/charts/rankbars/state';
import { marksOf as labelledMarks } from '../../../src/charts/common/marks';
import { marksOf as pointMarks } from '../../../src/charts/shared/marks';
import { rankingOf } from './change-fixture';

describe('user-provided marks', () => {
  test('a ranking bar built from a user figure carries the "your figure" mark', () => {
    const result = rankingOf([{ code: '27', value: 10 }, { code: '31', value: 5 }]);
    result.rows[0] = { ...result.rows[0], userProvided: true, contested: true };
    const state = rankBarsState(result, { selected: null });
    const bar = state.bars.find((b) => b.code === result.rows[0].unit.code)!;
    expect(labelledMarks('en', [], bar).map((m) => m.kind)).toEqual(['contested', 'user']);
    expect(labelledMarks('vi', [], bar).find((m) => m.kind === 'user')?.label).toBe('số liệu của bạn');
  });

  test('points of a user figure are marked; others are not', () => {
    expect(pointMarks({ contested: false, derived: false, partial: false, userProvided: true })).toEqual(['user']);
    expect(pointMarks({ contested: true, derived: false, partial: false, userProvided: false })).toEqual(['contested']);
  });
});

// Sentences of the change panels that depend on the state (both components use them).
import type { Province } from '../../core/data/types';
import { t, type Lang, type MessageKey } from '../../i18n/messages';
import '../../i18n/lazyMessages';
import { markLabel, periodLabel, unitName } from '../../i18n/labels';
import { marksOf } from '../../core/analysis/marks';
import { textWidth } from '../shared/axes';
import { coverageText } from '../../i18n/coverage';
import type { ChangeState, ChangeUnit, NoDeltaReason, NotComparableReason } from './state';

const REASONS: Record<Exclude<NotComparableReason, ''>, MessageKey> = {
  metric: 'changeReasonMetric',
  edition: 'changeReasonEdition',
  scope: 'changeReasonScope',
  period: 'changeReasonPeriod',
  'period-partial': 'changeReasonPartialPeriod',
  years: 'changeReasonYears',
  definition: 'changeReasonDefinition',
};

export function notComparableText(lang: Lang, state: ChangeState): string {
  if (state.comparable) return '';
  const reason = t(lang, REASONS[state.reason as Exclude<NotComparableReason, ''>], {
    from: `${state.fromYear} (${periodLabel(lang, state.fromPeriod)})`,
    to: `${state.toYear} (${periodLabel(lang, state.toPeriod)})`,
  });
  return t(lang, 'changeNotComparable', { reason });
}

/** The not-comparable sentence in lines that fit `width` px (13 px text from x = 8): SVG text does not wrap. */
export function notComparableLines(lang: Lang, state: ChangeState, width: number): string[] {
  const lines: string[] = [];
  for (const word of notComparableText(lang, state).split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, 13) <= width - 16) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "missing in 2023", "missing in 2023 and 2024"; for a merged unit, what each year covers. */
export function missingText(lang: Lang, unit: ChangeUnit, provinces: readonly Province[] = []): string {
  if (unit.definitionChange) return t(lang, 'changeDefinition');
  if (unit.missingIn.length === 0 && unit.coverageNote) return `${t(lang, 'changePartialOnce')}: ${coverageText(lang, provinces, unit.coverageNote)}`;
  return t(lang, 'slopeMissingIn', { years: unit.missingIn.join(t(lang, 'changeAnd')) });
}

export function noDeltaText(lang: Lang, state: ChangeState, reason: NoDeltaReason, unit?: ChangeUnit, provinces: readonly Province[] = []): string {
  switch (reason) {
    case 'from-zero':
      return t(lang, 'changeFromZero', { year: state.fromYear });
    case 'definition':
      return t(lang, 'changeDefinition');
    case 'coverage':
      return unit?.coverageNote ? `${t(lang, 'changePartialOnce')}: ${coverageText(lang, provinces, unit.coverageNote)}` : t(lang, 'changePartialOnce');
    default:
      return t(lang, 'changeNoData');
  }
}

export const nameOf = (lang: Lang, provinces: readonly Province[], unit: ChangeUnit) => unitName(lang, provinces, unit.unit);

/** The estimated width (px) of a unit's marks after a 13 px label (Marks.svg.svelte: 0.72 em, 6 px apart). */
export function marksWidth(lang: Lang, unit: ChangeUnit): number {
  return marksOf({ ...unit, value: unit.toValue }).reduce((sum, mark) => sum + 6 + textWidth(markLabel(lang, mark), 13 * 0.72), 0);
}

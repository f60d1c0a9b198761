// Names of data things (metrics, units, periods, the marks of a value) in the current language.
import type { Metric, Province } from '../core/data/types';
import type { UnitRef } from '../core/analysis/types';
import type { Mark } from '../core/analysis/marks';
import { t, type Lang, type MessageKey } from './messages';
import { localName } from '../core/names';

export function metricLabel(lang: Lang, metric: Metric | undefined): string {
  if (!metric) return '';
  return lang === 'vi' ? metric.labelVi : metric.labelEn;
}

export function metricUnit(lang: Lang, metric: Metric | undefined): string {
  if (!metric) return '';
  return lang === 'vi' ? metric.unitVi : metric.unitEn;
}

export function unitName(lang: Lang, provinces: readonly Province[], unit: UnitRef): string {
  if (unit.edition === 'region') return t(lang, 'regionBloc');
  if (unit.edition === 'country') return t(lang, 'country');
  if (unit.edition === 'offshore') return t(lang, 'offshoreUnit');
  const province = provinces.find((p) => p.edition === unit.edition && p.code === unit.code);
  return province ? localName(lang, province) : unit.code;
}

export function periodLabel(lang: Lang, period: string): string {
  if (period === 'FY') return t(lang, 'periodFY');
  if (period === 'cumulative-to-date') return t(lang, 'periodStock');
  if (period === 'H1') return t(lang, 'periodH1');
  const months = /^(\d{1,2})M$/.exec(period);
  if (months) return t(lang, 'periodMonths', { n: months[1] });
  const quarter = /^Q(\d)$/.exec(period);
  if (quarter) return t(lang, 'periodQuarter', { n: quarter[1] });
  return period;
}

const MARK_LABELS: Record<Mark, MessageKey> = {
  contested: 'markContested', user: 'markUser', derived: 'markDerived', partial: 'markPartial',
  'other-definition': 'markOtherDefinition', 'definition-change': 'markDefinitionChange', 'source-change': 'markSourceChange', 'part-year': 'markPartYear',
};
/** Marks whose title says more than their word. */
const MARK_TITLES: Partial<Record<Mark, MessageKey>> = {
  'other-definition': 'markOtherDefinitionTitle', 'definition-change': 'markDefinitionChangeTitle', 'source-change': 'markSourceChangeTitle', 'part-year': 'markPartYearTitle',
};

/** The word of a mark: "contested", "your figure", "derived", "partial". */
export function markLabel(lang: Lang, mark: Mark): string {
  return t(lang, MARK_LABELS[mark]);
}

/** The marks as a list of words, for a tooltip: "contested, your figure". */
export function marksText(lang: Lang, marks: readonly Mark[]): string {
  return marks.map((mark) => markLabel(lang, mark)).join(', ');
}

/** A mark's title: a partial value names the constituents it misses. */
export function markTitle(lang: Lang, mark: Mark, provinces: readonly Province[], missingInputs: readonly UnitRef[] = []): string {
  const title = MARK_TITLES[mark];
  if (title) return t(lang, title);
  if (mark !== 'partial' || missingInputs.length === 0) return markLabel(lang, mark);
  return t(lang, 'missingConstituents', { names: missingInputs.map((unit) => unitName(lang, provinces, unit)).join(', ') });
}

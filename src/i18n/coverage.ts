// What two years of a merged unit cover, in words: "2022: Hà Nam only; 2023: Ninh Bình only".
import type { Province } from '../core/data/types';
import type { CoverageNote, UnitRef } from '../core/analysis/types';
import { unitName } from './labels';
import { t, type Lang } from './messages';
import './lazyMessages';

function covers(lang: Lang, provinces: readonly Province[], year: number, units: UnitRef[] | null): string {
  if (units === null) return t(lang, 'coverageAll', { year });
  return t(lang, 'coverageOnly', { year, names: units.map((unit) => unitName(lang, provinces, unit)).join(', ') });
}

export function coverageText(lang: Lang, provinces: readonly Province[], note: CoverageNote): string {
  return `${covers(lang, provinces, note.fromYear, note.from)}; ${covers(lang, provinces, note.toYear, note.to)}`;
}

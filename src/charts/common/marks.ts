// The contested / derived / partial marks, with the words and titles of the ranking table.
import type { Province } from '../../core/data/types';
import type { UnitRef } from '../../core/analysis/types';
import { t, type Lang } from '../../i18n/messages';
import { unitName } from '../../i18n/labels';

export type MarkKind = 'contested' | 'derived' | 'partial' | 'user';

export interface MarkFlags {
  value: number | null;
  contested: boolean;
  derived: boolean;
  partial: boolean;
  userProvided?: boolean;
  missingInputs: UnitRef[];
}

export interface Mark {
  kind: MarkKind;
  label: string;
  title: string;
}

/** Marks only qualify a value: a unit without one gets none. */
export function marksOf(lang: Lang, provinces: readonly Province[], flags: MarkFlags | null): Mark[] {
  if (!flags || flags.value === null) return [];
  const marks: Mark[] = [];
  if (flags.contested) marks.push({ kind: 'contested', label: t(lang, 'markContested'), title: t(lang, 'markContested') });
  if (flags.userProvided) marks.push({ kind: 'user', label: t(lang, 'markUser'), title: t(lang, 'markUser') });
  if (flags.derived) marks.push({ kind: 'derived', label: t(lang, 'markDerived'), title: t(lang, 'markDerived') });
  if (flags.partial) {
    const names = flags.missingInputs.map((unit) => unitName(lang, provinces, unit)).join(', ');
    marks.push({ kind: 'partial', label: t(lang, 'markPartial'), title: t(lang, 'missingConstituents', { names }) });
  }
  return marks;
}

// The two languages of the app and the names of things in them. Pure: used by the core (sorting, CSV
// templates), the i18n tables and the components alike, so each is written once.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Anything named in both languages: provinces, zones, the details of a notice. */
export interface Named {
  nameVi: string;
  nameEn: string;
}

/** The name in `lang`; a thing without an English name keeps its Vietnamese one. */
export function localName(lang: Lang, named: Named): string {
  return (lang === 'vi' ? named.nameVi : named.nameEn) || named.nameVi;
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};

/** Vietnamese names sort with the Vietnamese collation (`Intl.Collator('vi')`), English ones with English. */
export function compareNames(lang: Lang, a: string, b: string): number {
  const collator = (collators[lang] ??= new Intl.Collator(lang === 'vi' ? 'vi' : 'en'));
  return collator.compare(a, b);
}

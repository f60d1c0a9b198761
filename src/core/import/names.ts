// Province look-up for the import: a 2-digit GSO code, or a name in Vietnamese or English, with or without
// diacritics, spaces or an administrative word (`Tỉnh`, `Thành phố`, `TP.`, `Province`, `City`).
import type { Edition, Province } from '../data/types';

/** `Thành phố Hồ Chí Minh` → `thanhphohochiminh`: no marks, no đ, no case, letters and digits only. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const PREFIXES = ['thanhpho', 'tinh', 'tp'];
const SUFFIXES = ['province', 'city'];

/** The folded name without an administrative word around it (`tinhbacninh` → `bacninh`). */
function bare(folded: string): string {
  let name = folded;
  for (const prefix of PREFIXES) if (name.startsWith(prefix) && name.length > prefix.length + 2) name = name.slice(prefix.length);
  for (const suffix of SUFFIXES) if (name.endsWith(suffix) && name.length > suffix.length + 2) name = name.slice(0, -suffix.length);
  return name;
}

export interface ProvinceResolver {
  /** The code for a code or name in an edition; null when unknown (or when a name fits two provinces). */
  resolve(edition: Edition, text: string): string | null;
}

export function createProvinceResolver(provinces: readonly Province[]): ProvinceResolver {
  const codes = new Set(provinces.map((p) => `${p.edition}|${p.code}`));
  const byName = new Map<string, string | null>();
  const add = (key: string, code: string) => {
    const seen = byName.get(key);
    // A name two provinces of one edition share resolves to neither.
    byName.set(key, seen === undefined || seen === code ? code : null);
  };
  for (const p of provinces) {
    for (const name of [p.nameVi, p.nameEn]) {
      const folded = foldName(name);
      if (!folded) continue;
      add(`${p.edition}|${folded}`, p.code);
      add(`${p.edition}|${bare(folded)}`, p.code);
    }
  }
  return {
    resolve(edition, text) {
      const trimmed = text.trim();
      if (/^\d{2}$/.test(trimmed)) return codes.has(`${edition}|${trimmed}`) ? trimmed : null;
      const folded = foldName(trimmed);
      if (!folded || /^\d+$/.test(folded)) return null;
      return byName.get(`${edition}|${folded}`) ?? byName.get(`${edition}|${bare(folded)}`) ?? null;
    },
  };
}

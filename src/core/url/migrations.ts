// Old links keep working: each migration takes the parameters of version N to version N + 1.
// A link without `v` is version 0 (links shared before versioning). Add a migration, never edit one.
import { URL_VERSION } from './state';

type Migration = (params: URLSearchParams) => URLSearchParams;

export const MIGRATIONS: Record<number, Migration> = {
  // 0 → 1: the first versioned schema. Unversioned links used the same names; `view=ranking` and
  // `lang=vn` were accepted by early builds and are mapped to their current spelling.
  0: (params) => {
    const next = new URLSearchParams(params);
    if (next.get('view') === 'ranking') next.set('view', 'rank');
    if (next.get('lang') === 'vn') next.set('lang', 'vi');
    return next;
  },
  // 1 → 2: the first screen became the whole province's FDI capital (scope `province`, metric
  // `province_fdi_total_capital_musd`). A version 1 link without `scope` meant the zones; without `metric`,
  // its scope's default metric of that time. Both are written out so the link shows what it showed.
  1: (params) => {
    const next = new URLSearchParams(params);
    if (!next.has('scope')) next.set('scope', 'zones');
    if (!next.has('metric')) next.set('metric', next.get('scope') === 'province' ? 'province_fdi_total_capital_musd' : 'fdi_capital_registered_musd');
    return next;
  },
};

/** Brings a query string to the current version; says which version it came from. */
export function migrateSearch(search: string): { search: string; from: number } {
  let params = new URLSearchParams(search);
  const raw = params.get('v');
  let version = raw === null ? 0 : Number(raw);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) return { search, from: version };
  const from = version;
  while (version < URL_VERSION) {
    params = MIGRATIONS[version](params);
    version += 1;
  }
  params.set('v', String(URL_VERSION));
  return { search: `?${params.toString()}`, from };
}

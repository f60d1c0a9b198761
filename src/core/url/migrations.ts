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

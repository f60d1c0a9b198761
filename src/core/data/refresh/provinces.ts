// provinces.csv from the shared province codes and the 2025 merger table.
import { OFFSHORE_CODE } from '../schema';

type Raw = Record<string, string>;

export interface ProvinceRow {
  edition: string;
  code: string;
  iso_3166_2: string;
  name_vi: string;
  name_en: string;
  in_region: string;
  in_bloc: string;
  successor_code: string;
  source_ref: string;
}

export class ProvinceIndex {
  readonly rows: ProvinceRow[];
  private preByName = new Map<string, string>();
  private postByName = new Map<string, string>();

  constructor(codes: Raw[], merger: Raw[]) {
    const successor = new Map(merger.map((m) => [m.old_code, m]));
    const firstSourceOfNew = new Map<string, string>();
    for (const m of [...merger].sort((a, b) => a.old_code.localeCompare(b.old_code))) {
      if (!firstSourceOfNew.has(m.new_code)) firstSourceOfNew.set(m.new_code, m.source);
    }
    this.rows = codes.map((c) => {
      const pre = c.edition === 'pre2025';
      const inRegion = c.region === 'red-river-delta';
      const m = successor.get(c.code);
      if (pre && !m) throw new Error(`merger-2025.csv has no row for pre2025 province ${c.code}`);
      return {
        edition: c.edition,
        code: c.code,
        iso_3166_2: c.iso_3166_2,
        name_vi: c.name_vi,
        name_en: c.name_en,
        in_region: inRegion ? '1' : '0',
        in_bloc: pre && inRegion ? '1' : '0',
        successor_code: pre ? m!.new_code : '',
        source_ref: pre ? m!.source : (firstSourceOfNew.get(c.code) ?? ''),
      };
    });
    this.rows.sort((a, b) => a.edition.localeCompare(b.edition, 'en') * -1 || a.code.localeCompare(b.code));
    for (const r of this.rows) (r.edition === 'pre2025' ? this.preByName : this.postByName).set(r.name_vi, r.code);
  }

  /** The unit a gathered `province` name stands for; `bloc` is the region, `Cả nước` the country. */
  unitOf(name: string, postMerger: boolean): { edition: string; code: string } {
    const clean = name.replace(/\s*\(.*\)\s*$/, '').trim();
    if (clean === 'bloc') return { edition: 'region', code: 'rrd-bloc' };
    if (clean === 'Cả nước') return { edition: 'country', code: '00' };
    const code = (postMerger ? this.postByName : this.preByName).get(clean);
    if (!code) throw new Error(`unknown province name "${name}"`);
    return { edition: postMerger ? 'post2025' : 'pre2025', code };
  }

  /** A province-stats `province_code`: `00` the country, `dk` the FIA tables' offshore oil-and-gas line, else a 63-map province. */
  statsUnit(code: string): { edition: string; code: string } {
    if (code === '00') return { edition: 'country', code };
    if (code === OFFSHORE_CODE) return { edition: 'offshore', code };
    if (!this.rows.some((r) => r.edition === 'pre2025' && r.code === code)) throw new Error(`unknown province code "${code}"`);
    return { edition: 'pre2025', code };
  }

  preCode(name: string): string {
    return this.unitOf(name, false).code;
  }
}

// The source folder's tables: how each source names a province (name keys), the provinces of both
// editions with their GSO codes, and the 2025 merger. Checked for duplicates and conflicts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv.ts';
import type { Edition } from '../../src/core/data/types.ts';
import { GeoBuildError, SRC } from './sources.ts';

export interface ProvinceRow {
  code: string;
  name_vi: string;
  name_en: string;
  edition: Edition;
  region: string;
}

export interface Tables {
  /** `${sourceRel}|${property}|${NFC value}` -> code */
  nameKeys: Map<string, string>;
  /** `${edition}|${code}` -> row */
  provinces: Map<string, ProvinceRow>;
  /** old (pre2025) code -> new (post2025) code */
  successor: Map<string, string>;
}

/** Names compare in NFC: the sources mix precomposed and combining Vietnamese diacritics. */
export const nfc = (s: string) => s.normalize('NFC').trim();

export function loadTables(sourceDir: string): Tables {
  const read = (rel: string) => {
    const table = parseCsv(readFileSync(join(sourceDir, rel), 'utf8'));
    if (table.ragged.length) {
      const { line, fields } = table.ragged[0];
      throw new GeoBuildError(`build-geo: ${rel}:${line}: expected ${table.header.length} fields, got ${fields}`);
    }
    return table.rows.map((r) => r.values);
  };
  const nameKeys = new Map<string, string>();
  for (const r of read(SRC.nameKeys)) {
    const k = `${nfc(r.source_file)}|${nfc(r.property)}|${nfc(r.value)}`;
    const prev = nameKeys.get(k);
    if (prev !== undefined && prev !== r.code) {
      throw new GeoBuildError(`build-geo: ${SRC.nameKeys}: conflicting codes for ${k}: ${prev} vs ${r.code}`);
    }
    nameKeys.set(k, nfc(r.code));
  }
  const provinces = new Map<string, ProvinceRow>();
  for (const r of read(SRC.provinceCodes)) {
    const row: ProvinceRow = {
      code: nfc(r.code),
      name_vi: nfc(r.name_vi),
      name_en: nfc(r.name_en),
      edition: nfc(r.edition) as Edition,
      region: nfc(r.region),
    };
    if (!/^\d{2}$/.test(row.code)) throw new GeoBuildError(`build-geo: ${SRC.provinceCodes}: bad code '${r.code}'`);
    const k = `${row.edition}|${row.code}`;
    if (provinces.has(k)) throw new GeoBuildError(`build-geo: ${SRC.provinceCodes}: duplicate ${k}`);
    provinces.set(k, row);
  }
  const successor = new Map<string, string>();
  for (const r of read(SRC.merger)) {
    const oldCode = nfc(r.old_code);
    if (successor.has(oldCode)) throw new GeoBuildError(`build-geo: ${SRC.merger}: duplicate old_code ${oldCode}`);
    if (!provinces.has(`pre2025|${oldCode}`) || !provinces.has(`post2025|${nfc(r.new_code)}`)) {
      throw new GeoBuildError(`build-geo: ${SRC.merger}: ${oldCode} -> ${r.new_code} not in ${SRC.provinceCodes}`);
    }
    successor.set(oldCode, nfc(r.new_code));
  }
  return { nameKeys, provinces, successor };
}

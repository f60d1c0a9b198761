// zones.csv: the gathered zones with curation (merges, renames, IIP extras), best location and IIP price.
import type { SourceRegistry } from './sources';
import type { ProvinceIndex } from './provinces';

type Raw = Record<string, string>;

export interface ZoneInputs {
  zones: Raw[];
  locations: Raw[];
  iipFacts: Raw[];
  iipExtra: Raw[];
  merge: Raw[];
  rename: Raw[];
  iipExtraDecisions: Raw[];
}

/** The IIP export every iip-facts and iip-extra row comes from (zones/SOURCES.md). */
export const IIP_EXPORT_REF = 'Tabaoan/luat_lao_dong@5779ce60c84d66a89210b6511faedce73094c9dc:map_ui/industrial_zones_iip_raw.json';

function termOf(text: string): string {
  const m = /term (\d{4}) ?- ?(\d{4})/.exec(text);
  return m ? `${m[1]}-${m[2]}` : '';
}

function occupancyBasis(notes: string): string {
  const seg = notes.split(' | ').filter((s) => /^occupancy_pct/.test(s)).join(' ');
  if (/cleared/i.test(seg)) return 'cleared land';
  if (/industrial land/i.test(seg)) return 'industrial land';
  if (/phase 1/i.test(seg)) return 'phase 1 only';
  if (/broker/i.test(seg)) return 'broker claim';
  return '';
}

/** zones/SOURCES.md rule for a pin's error radius: max(1 km, 1.5 × radius of a circle of the zone's area), 2 km without area. */
export function pinPrecisionM(areaHa: number | null): number {
  if (areaHa === null || !(areaHa > 0)) return 2000;
  const radius = Math.sqrt((areaHa * 10_000) / Math.PI);
  return Math.max(1000, Math.ceil((1.5 * radius) / 100) * 100);
}

function asciiName(vi: string): string {
  return vi
    .replace(/^Khu công nghiệp\s+/i, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function splitRefs(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export function buildZones(input: ZoneInputs, provinces: ProvinceIndex, sources: SourceRegistry): Raw[] {
  const locationById = new Map(input.locations.map((l) => [l.id, l]));
  const factsById = new Map(input.iipFacts.map((f) => [f.id, f]));
  const renameById = new Map(input.rename.map((r) => [r.id, r]));
  const dropped = new Map(input.merge.map((m) => [m.drop_id, m]));
  const zonesById = new Map(input.zones.map((z) => [z.id, z]));
  const iipSource = sources.add(IIP_EXPORT_REF);

  const out: Raw[] = [];
  for (const z of input.zones) {
    if (dropped.has(z.id)) continue;
    const notes: string[] = [];
    const row: Raw = {
      id: z.id,
      name_vi: z.name_vi,
      name_en: z.name_en,
      kind: z.kind,
      province_code: provinces.preCode(z.province_pre2025),
      planned_area_ha: z.planned_area_ha,
      industrial_land_ha: z.industrial_land_ha,
      occupancy_pct: z.occupancy_pct,
      occupancy_basis: z.occupancy_pct ? occupancyBasis(z.notes) : '',
      occupancy_as_of: '',
      status: z.status,
      established_year: z.established_year,
      developer: z.developer,
      lon: '', lat: '', location_method: '', precision_m: '',
      price_usd_m2: '', price_term: '', iip_code: '',
      as_of: z.as_of,
      location_text: z.location_text,
      aliases: '',
      curation: 'gathered',
      source_ids: '',
      location_source_ids: '',
      note: '',
    };
    const sourceIds = new Set(splitRefs(z.source_urls).map((u) => sources.addUntitled(u)));
    const locationSourceIds = new Set<string>();

    // Duplicates merged into this row: keep their ids as aliases, fill only fields this row lacks.
    const merged = input.merge.filter((m) => m.keep_id === z.id);
    for (const m of merged) {
      const other = zonesById.get(m.drop_id);
      if (!other) throw new Error(`zones-merge.csv: unknown drop_id ${m.drop_id}`);
      for (const field of ['planned_area_ha', 'industrial_land_ha', 'established_year', 'developer', 'location_text'] as const) {
        if (!row[field] && other[field]) {
          row[field] = other[field];
          notes.push(`${field} from merged row ${other.id}`);
        }
      }
      splitRefs(other.source_urls).forEach((u) => sourceIds.add(sources.addUntitled(u)));
      notes.push(`merged duplicate ${other.id} (${other.name_vi.replace(/^Khu công nghiệp\s+/, 'KCN ')})`);
    }
    if (merged.length > 0) {
      row.aliases = merged.map((m) => m.drop_id).sort().join(';');
      row.curation = 'merged';
    }

    const rename = renameById.get(z.id);
    if (rename) {
      if (rename.name_vi) {
        row.name_vi = rename.name_vi;
        row.name_en = rename.name_en || row.name_en;
        if (row.curation === 'gathered') row.curation = 'renamed';
      }
      if (rename.note) notes.push(rename.note);
    }

    // Best location: the OSM bounding-box centre, then the located row, then the page pin (never a guess).
    const loc = locationById.get(z.id);
    if (z.geometry_source === 'osm-polygon' && z.lon && z.lat) {
      row.lon = z.lon;
      row.lat = z.lat;
      row.location_method = 'osm-bbox-centre';
      row.precision_m = loc && loc.method === 'osm-bbox-centre' ? loc.precision_m : '';
      splitRefs(loc?.source ?? '').forEach((u) => locationSourceIds.add(sources.addUntitled(u)));
      if (locationSourceIds.size === 0) splitRefs(z.source_urls).filter((u) => /openstreetmap|github-index-file:71012819933/.test(u)).forEach((u) => locationSourceIds.add(sources.addUntitled(u)));
    } else if (loc) {
      row.lon = loc.lon;
      row.lat = loc.lat;
      row.location_method = loc.method;
      row.precision_m = loc.precision_m;
      splitRefs(loc.source).forEach((u) => locationSourceIds.add(sources.addUntitled(u)));
    } else if (z.geometry_source === 'point-from-page' && z.lon && z.lat) {
      row.lon = z.lon;
      row.lat = z.lat;
      row.location_method = 'map-pin';
      splitRefs(z.source_urls).filter((u) => u.startsWith('github-index-file:')).forEach((u) => locationSourceIds.add(sources.addUntitled(u)));
    }

    const facts = factsById.get(z.id);
    if (facts) {
      row.iip_code = facts.iip_code;
      row.price_usd_m2 = facts.price_usd_m2;
      row.price_term = termOf(facts.price_unit_note);
    }
    if (z.kind === 'KKT') notes.push('KKT area may include sea');

    // The register's own citations (the IIP price source aside): the sources of its field values.
    row.register_source_ids = [...sourceIds].sort().join(';');
    if (facts && (facts.price_usd_m2 || row.price_term)) sourceIds.add(iipSource);
    row.source_ids = [...sourceIds].sort().join(';');
    row.location_source_ids = [...locationSourceIds].sort().join(';');
    row.note = notes.join('; ');
    out.push(row);
  }

  // Parks the IIP portal lists beyond the 169: only those curated as `add`.
  const extraById = new Map(input.iipExtra.map((x) => [x.proposed_id, x]));
  for (const d of input.iipExtraDecisions) {
    if (d.decision !== 'add') continue;
    const x = extraById.get(d.proposed_id);
    if (!x) throw new Error(`zones-iip-extra.csv: ${d.proposed_id} is not in iip-extra-zones.csv`);
    if (zonesById.has(x.proposed_id)) throw new Error(`zones-iip-extra.csv: ${x.proposed_id} already exists in zones.csv`);
    const area = x.iip_area_ha ? Number(x.iip_area_ha) : null;
    const hasPoint = Boolean(x.lon && x.lat);
    out.push({
      id: x.proposed_id,
      name_vi: x.name_vi,
      name_en: `${asciiName(x.name_vi)} Industrial Park`,
      kind: d.kind || 'KCN',
      province_code: provinces.preCode(x.province_pre2025),
      planned_area_ha: x.iip_area_ha,
      industrial_land_ha: '',
      occupancy_pct: '',
      occupancy_basis: '',
      occupancy_as_of: '',
      status: '',
      established_year: '',
      developer: '',
      lon: hasPoint ? x.lon : '',
      lat: hasPoint ? x.lat : '',
      location_method: hasPoint ? 'stated-coordinates' : '',
      precision_m: hasPoint ? String(pinPrecisionM(area)) : '',
      price_usd_m2: x.price_usd_m2,
      price_term: termOf(x.notes),
      iip_code: x.iip_code,
      as_of: x.iip_modified,
      location_text: x.iip_address,
      aliases: '',
      curation: 'added-from-iip',
      source_ids: iipSource,
      register_source_ids: iipSource,
      location_source_ids: hasPoint ? iipSource : '',
      note: `added from the IIP portal: ${d.reason}; area as listed by the portal; pin radius by the shared portal-pin rule; address uses post-2025 units`,
    });
  }
  return out;
}

export function sortZones(zones: Raw[]): Raw[] {
  return zones.sort((a, b) => a.province_code.localeCompare(b.province_code) || a.id.localeCompare(b.id));
}

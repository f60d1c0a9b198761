/**
 * build-geo: turns the shared boundary data (never committed, see DATA.md rule 3)
 * into small TopoJSON files under public/geo/ (git-ignored).
 *
 *   npm run prepare:geo            (= tsx scripts/build-geo.ts)
 *
 * Source folder: $KCN_GEO_SOURCE, default ../shared/geo relative to the project
 * root (the folder holding package.json). A relative KCN_GEO_SOURCE is also
 * resolved against the project root. Output folder: public/geo/ (or
 * $KCN_GEO_OUT, mainly for tests).
 *
 * Outputs
 *   provinces-pre2025.topo.json   63 provinces (object "provinces")
 *   provinces-post2025.topo.json  34 provinces (object "provinces")
 *   context.topo.json             objects "vietnam" (outline incl. islands) and
 *                                 "neighbours" (China, Laos, Cambodia)
 *   manifest.json                 counts, sizes, sources, licences; no timestamps
 *
 * Every province feature has id = parseInt(code) and properties
 *   edition, code, name_vi, name_en, in_region (+ successor for pre2025), label
 * (src/core/geo/provinces.ts). Provinces are keyed by (edition, code): GSO codes
 * were reused in 2025.
 *
 * Output is deterministic: re-running on the same inputs gives identical bytes.
 *
 * The parts, in scripts/geo/: sources.ts (where, which files, licences),
 * tables.ts (name keys, codes, merger), topology.ts (simplify, quantize),
 * provinces.ts, context.ts, manifest.ts, and build.ts that runs them. This file
 * is the command line: it prints a summary, or one line naming what went wrong.
 */
import { buildGeo } from './geo/build.ts';
import { GeoBuildError } from './geo/sources.ts';

try {
  const t0 = performance.now();
  const { files } = buildGeo();
  for (const f of files) {
    if ('vertices' in f) {
      // Quảng Ninh and Hải Phòng: the delta's island provinces, where simplification shows first.
      const qn = Object.entries(f.vertices).filter(([k]) => /^(22|31) /.test(k));
      const detail = qn.map(([k, v]) => `${k} ${v.before}→${v.after} (${v.parts} parts)`).join(', ');
      console.log(`build-geo:   ${f.file}: ${detail}; rings kept by vertex promotion: ${f.promotedVertices} vertices; zero-area rings: ${f.degenerateRings}`);
    }
  }
  console.log(`build-geo: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(e instanceof GeoBuildError ? e.message : `build-geo: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
}

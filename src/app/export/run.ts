// What each export button does with the app's state: which file, named how, carrying which title and
// sources. Loaded on the first export (its own chunk); the drawing itself is in render.ts.
import { sourcesOf } from '../../core/analysis/provenance';
import { changeCsv, rankingCsv, yearTableCsv } from '../../core/export/csv';
import { zonesCsv } from '../../core/export/zonesCsv';
import { sortZones } from '../../core/zones/filter';
import { fromYearOf } from '../../core/view/metric';
import { importTemplateCsv } from '../../core/import/template';
import type { Deck } from '../../core/url/deck';
import { deckLink } from '../../core/url/deckLink';
import { userRowsToCsv } from '../../core/import/export';
import { formatNumber } from '../../i18n/format';
import { metricLabel, metricUnit, unitName } from '../../i18n/labels';
import { t } from '../../i18n/messages';
import '../../i18n/lazyMessages';
import type { ExportKind } from '../../ui/present/ExportMenu.svelte';
import type { AppState, UserFile } from '../appState.svelte';
import { ATTRIBUTION } from '../attribution';
import { chartSvg, download, exportMapPng, svgToPng, type KeySymbol } from './render';
import { LOGISTICS_SYMBOL_KINDS } from '../../map/symbols';
import { logisticsKindLabel } from '../../i18n/logistics-labels';

const CSV = 'text/csv;charset=utf-8';
/** Sources named on an export, at most: the line must stay readable under a map. */
const MAX_SOURCES = 8;

/** The line every export carries: the sources of what is shown. */
function sourcesLine(app: AppState): string {
  const names = sourcesOf(app.shownRanking?.rows ?? []);
  return t(app.lang, 'exportSources', { sources: names.slice(0, MAX_SOURCES).join('; ') || '–' });
}

async function copy(app: AppState, url: string) {
  try {
    await navigator.clipboard.writeText(url);
    app.say(t(app.lang, 'copied'));
  } catch {
    app.say(t(app.lang, 'copyFailed', { url }));
  }
}

/** The symbol key of the exported map: the logistics symbols when that layer is shown, then the zones'. */
function keySymbols(app: AppState): KeySymbol[] {
  const { lang } = app;
  const logistics: KeySymbol[] = app.layers.includes('logistics')
    ? [
        ...LOGISTICS_SYMBOL_KINDS.map((kind): KeySymbol => ({ draw: 'logistics', kind, operating: true, label: logisticsKindLabel(lang, kind) })),
        { draw: 'logistics', kind: 'airport', operating: false, label: t(lang, 'keyNotOperating') },
      ]
    : [];
  return [
    ...logistics,
    { draw: 'cluster', label: t(lang, 'keyCluster') },
    { draw: 'kkt', label: t(lang, 'keyKkt') },
    { draw: 'ring', label: t(lang, 'legendApprox') },
    ...(app.zoneMatches?.unknown.size ? [{ draw: 'hollow', label: t(lang, 'keyHollow') } as const] : []),
    // An opened zone: its province outline and, with the logistics shown, its straight lines.
    ...(app.zoneFocus?.zone.lon != null ? [{ draw: 'framed', label: t(lang, 'keyFramed') } as const] : []),
    ...(app.zoneFocus?.zone.lon != null && logistics.length ? [{ draw: 'link', label: t(lang, 'keyLink') } as const] : []),
  ];
}

/** The zone list as the reader sees it: filtered, in the list's order. */
function zoneRows(app: AppState) {
  const dataset = app.dataset!;
  const distances = app.distances.current;
  return {
    zones: sortZones(app.visibleZones, app.zoneSort.key, app.zoneSort.direction, app.lang, { provinces: dataset.provinces, distances }),
    unknown: app.zoneMatches?.unknown ?? new Map(),
    distances,
    provinces: dataset.provinces,
    edition: app.edition,
    sources: dataset.sources,
    logistics: dataset.logistics,
    lang: app.lang,
  };
}

export async function runExport(app: AppState, kind: ExportKind): Promise<void> {
  const { lang, metric, year, view, dataset, analysis } = app;
  const ranking = app.shownRanking;
  const stamp = `${metric?.id ?? 'kcn-atlas'}-${year ?? ''}-${lang}`;
  const title = `${metric ? metricLabel(lang, metric) : ''} · ${year ?? ''}`;
  try {
    if (kind === 'link') {
      await copy(app, location.href);
    } else if (kind === 'csv' && dataset) {
      const names = (code: string) => unitName(lang, dataset.provinces, { edition: view.edition, code });
      const from = year !== null ? fromYearOf(app.metricDefaults?.years ?? [], view.from, year) : null;
      if (view.view === 'zones') download(`kcn-atlas-zones-${lang}.csv`, zonesCsv(zoneRows(app)), CSV);
      else if (view.view === 'table' && analysis && year !== null) download(`${stamp}-table.csv`, yearTableCsv(await analysis.yearTable(view.edition, year, metric?.scope), names), CSV);
      else if (view.view === 'change' && ranking && analysis && from !== null) {
        // The two years the Change view shows, not the ranking's year-on-year change.
        const [before, after] = await analysis.rankings({ ...ranking.query }, [from, ranking.query.year]);
        download(`${stamp}-change-${from}-${ranking.query.year}.csv`, changeCsv(before, after, names), CSV);
      } else if (ranking) download(`${stamp}.csv`, rankingCsv(ranking, names), CSV);
    } else if (kind === 'map-png' && app.atlasMap && app.legend) {
      const blob = await exportMapPng(app.atlasMap.map, {
        title,
        subtitle: `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`,
        legend: { label: metricUnit(lang, metric), classes: app.legend.classes, format: (v) => formatNumber(lang, v, Math.abs(v) < 10 ? 2 : 0), noData: t(lang, 'noData') },
        symbols: { heading: t(lang, 'symbolsKey'), items: keySymbols(app) },
        sources: sourcesLine(app),
        attribution: ATTRIBUTION[lang].join(' · '),
      });
      download(`${stamp}-map.png`, blob);
    } else if (kind === 'chart-svg' || kind === 'chart-png') {
      const svg = document.querySelector<SVGSVGElement>('[data-testid="view-panel"] svg[role="img"]');
      if (!svg) {
        app.say(t(lang, 'noChart'));
        return;
      }
      const text = chartSvg(svg, title, `${sourcesLine(app)} · ${t(lang, 'appTitle')}`);
      if (kind === 'chart-svg') download(`${stamp}-chart.svg`, text, 'image/svg+xml;charset=utf-8');
      else download(`${stamp}-chart.png`, await svgToPng(text));
    }
  } catch (error) {
    app.say(t(lang, 'exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

/** The files of "Your data": the import template, the metric dictionary, the province list, the layer itself. */
export function downloadUserFile(app: AppState, which: UserFile): void {
  if (which === 'layer') {
    download(`kcn-atlas-${app.userLayer?.layer?.id ?? 'user'}.csv`, userRowsToCsv(app.userLayer?.rows ?? []), CSV);
    return;
  }
  if (!app.dataset) return;
  const file = importTemplateCsv(app.dataset.metrics, app.dataset.provinces, app.lang)[which];
  download(file.name, file.text, CSV);
}

/** The deck's link opens its first slide in presenter mode, whatever view is open now (core/url/deck.ts). */
export function copyDeckLink(app: AppState, deck: Deck): Promise<void> {
  return copy(app, `${location.origin}${location.pathname}${deckLink(deck, 0, app.lang)}`);
}

export function downloadDeck(filename: string, text: string): void {
  download(filename, text, 'application/json');
}

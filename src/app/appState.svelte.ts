// The app's state in one place (after owid-grapher's GrapherState): the view read from the URL, the data
// and the worker, what the worker answered, and the few actions that change the view. Flow runs one way:
// an action patches the view → the URL is written → derived values and queries follow. The rules live in
// src/core (core/view, core/provinces, core/zones) and are tested there; this class only wires them.
import { untrack } from 'svelte';
import type { Dataset, Edition, Extent } from '../core/data/types';
import type { UrlNotice, ViewState } from '../core/url/state';
import type { RankingRow, UnitValue } from '../core/analysis/types';
import type { SortDirection, ZoneFilters, ZoneSortKey } from '../core/zones/filter';
import type { Provenance } from '../core/analysis/provenance';
import { extentProvinces, findProvince, regionProvinces } from '../core/provinces';
import { mayFilterZones, unfilteredZones, zoneById, zoneProvinceCode } from '../core/zones/lookup';
import { choropleth } from '../core/choropleth/choropleth';
import { zoneFeatures } from '../core/zones/features';
import type { FocusInput } from '../core/logistics/features';
import { shownLayers, toggleLayer, type MapLayer } from '../core/view/layers';
import { byValue } from '../core/byValue';
import { checkAsOf, checkFromYear, checkYearPeriod, hasUnitData, presenterMetrics, rankingPatch, resolveMetric, shownPeriod, shownYear, type RankingChoice } from '../core/view/metric';
import { STOCK_PERIOD } from '../core/analysis/types';
import { onePerParam } from '../core/url/notices';
import { checkExtent, extentPatch } from '../core/view/extent';
import { stageZoom as zoomFor } from '../core/present/stage';
import { startAnalysis, type AnalysisClient } from '../worker/client';
import { loadLanguage, type Lang } from '../i18n/messages';
import type { AtlasMap } from '../map/atlasMap';
import type { ExportKind } from '../ui/present/ExportMenu.svelte';
import { registerOffline, type UpdateOffer } from '../offline/register';
import { readUrl, writeUrl } from './url.svelte';
import { loadDataset } from './loadDataset';
import { Query } from './query.svelte';
import type { Presenter } from './presenter.svelte';
import { closeCardKey, presenterKey } from './keys';
import type { UserLayer } from './userLayer.svelte';

export type MapStatus = 'loading' | 'busy' | 'idle' | 'error';
export type UserFile = 'template' | 'metrics' | 'provinces' | 'layer';

const FLASH_MS = 6000;
/** Short messages shown at once; a further one pushes out the oldest. */
const MAX_FLASHES = 3;

export interface Flash {
  id: number;
  text: string;
}

/** The page was opened from a link (typed, clicked, shared), not reloaded nor reached by Back/Forward. */
function openedAnew(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type !== 'reload' && entry?.type !== 'back_forward';
}

export class AppState {
  readonly baseUrl = import.meta.env.BASE_URL;
  readonly basemapStyleUrl: string | undefined = import.meta.env.VITE_BASEMAP_STYLE_URL || undefined;

  #initial = readUrl();
  /**
   * The page's first link is still to be checked: a shared deck link then opens its slide whole (link.ts
   * openSlide). Not on a reload or Back/Forward: the address bar is then the reader's own state (a year moved
   * on the slide), and a reload must not lose it.
   */
  #opening = openedAnew();
  view = $state.raw<ViewState>(this.#initial.state);
  #notices = $state.raw<UrlNotice[]>(onePerParam(this.#initial.notices));
  /** What the link said that is not used as given: at most one notice per parameter, whoever adds them. */
  get notices(): UrlNotice[] {
    return this.#notices;
  }
  set notices(list: UrlNotice[]) {
    this.#notices = onePerParam(list);
  }
  dataset = $state.raw<Dataset | null>(null);
  analysis = $state.raw<AnalysisClient | null>(null);
  loadError = $state<string | null>(null);
  /** Bumped when the user's layer changes: every query asks again. */
  dataVersion = $state(0);
  userLayer = $state.raw<UserLayer | null>(null);
  mapState = $state<MapStatus>('loading');
  atlasMap = $state.raw<AtlasMap | null>(null);
  provenance = $state.raw<Provenance | null>(null);
  /** Short messages, oldest first; each goes away by itself. */
  flashes = $state.raw<Flash[]>([]);
  showDeck = $state(false);
  showImport = $state(false);
  /** A new version is ready, runs in another tab, or a part of the app failed to load: the reader chooses when to reload. */
  updateOffer = $state.raw<UpdateOffer | null>(null);

  // Queries read these primitives, not `view`: a new view object must not re-run unrelated queries.
  lang = $derived<Lang>(this.view.lang);
  edition = $derived<Edition>(this.view.edition);
  extent = $derived<Extent>(this.view.extent);
  provinces = $derived(this.dataset ? regionProvinces(this.dataset.provinces, this.edition) : []);
  /** The provinces of the side list: the region's, and with the whole country shown, every other one after them. */
  otherProvinces = $derived(this.dataset && this.extent === 'country' ? extentProvinces(this.dataset.provinces, this.edition, 'country').filter((p) => !this.provinces.includes(p)) : []);
  selectedProvince = $derived(this.dataset && this.view.province ? findProvince(this.dataset.provinces, this.edition, this.view.province) : undefined);
  metric = $derived(this.dataset ? resolveMetric(this.dataset.metrics, this.view.metric, this.view.scope).metric : undefined);

  /** The metric's years and periods, and how many units report each year. */
  defaults = new Query(() => (this.analysis && this.metric ? this.analysis.defaults(this.metric.id, this.edition, this.extent) : null), () => this.dataVersion);
  /** Defaults of the metric shown (never those of the metric shown before). */
  metricDefaults = $derived(this.defaults.current && this.defaults.current.metric === this.metric?.id ? this.defaults.current : null);
  // The first screen (no metric in the link) opens on a year in which nearly every province reports.
  year = $derived(shownYear(this.view.year, this.metricDefaults, this.view.metric === null));
  period = $derived(shownPeriod(this.view.period, this.metricDefaults));
  /** `asof=latest` applies to stocks only (checkAsOf drops it, with a notice, for anything else). */
  asOf = $derived(this.view.asof === 'latest' && this.period === STOCK_PERIOD ? ('latest' as const) : null);
  /** The metric has no value for any unit in any year: the map stays empty and says so (issue 15 §2). */
  noData = $derived(this.metricDefaults !== null && !hasUnitData(this.metricDefaults));
  ranking = new Query(() => {
    const { analysis, metric, year, period } = this;
    if (!analysis || !metric || !this.metricDefaults || year === null || period === null) return null;
    return analysis.ranking({ metric: metric.id, year, period, scope: metric.scope, edition: this.edition, extent: this.extent, asOf: this.asOf });
  }, () => this.dataVersion);
  /** The ranking of the metric and period shown; while another metric's is all there is, none (never its numbers). */
  shownRanking = $derived.by(() => {
    const result = this.ranking.current;
    return result && result.query.metric === this.metric?.id && result.query.period === this.period && result.query.edition === this.edition ? result : null;
  });
  /**
   * Every metric's coverage (the metric picker's list, the presenter's metrics). It reads every year of every
   * metric (a few hundred ms in the worker), so it is asked for only once the list or the presenter needs it,
   * never ahead of the first screen's ranking.
   */
  wantCoverage = $state(false);
  coverage = new Query(() => (this.analysis && this.wantCoverage ? this.analysis.coverage(this.edition, this.extent) : null), () => this.dataVersion);
  /** The shown metric's own coverage, from its defaults (the picker's button needs no more). */
  metricCoverage = $derived(
    this.metricDefaults ? [{ metric: this.metricDefaults.metric, period: this.metricDefaults.period, total: this.metricDefaults.total, years: this.metricDefaults.years, complete: this.metricDefaults.complete }] : null,
  );
  /** The map's classes, fixed across the years of the metric (issue 10 §4). */
  scale = new Query(() => {
    const { analysis, metric, period } = this;
    if (!analysis || !metric || period === null) return null;
    const { color, delta } = this.view;
    return analysis.classScale({ metric: metric.id, period, edition: this.edition, extent: this.extent, color, delta }).then((scale) => ({ scale, key: `${metric.id}|${period}|${color}|${delta}` }));
  }, () => this.dataVersion);

  /** The selected province's latest population and area. */
  facts = new Query(() => {
    const { analysis, selectedProvince: province } = this;
    if (!analysis || !province) return null;
    const unit = { edition: province.edition, code: province.code };
    const latest = async (metric: string) => {
      const d = await analysis.defaults(metric, unit.edition);
      return d.year === null ? null : analysis.value(unit, metric, d.year, d.period);
    };
    return Promise.all([latest('population_thousand'), latest('area_km2')]).then(([population, area]) => ({ population, area }));
  }, () => this.dataVersion);

  /** What the map shows, from the worker's ranking and fixed classes (the map adapter holds no rules). */
  legend = $derived.by(() => {
    const { metric, period } = this;
    const scale = this.scale.current;
    if (!metric || !scale || scale.key !== `${metric.id}|${period}|${this.view.color}|${this.view.delta}`) return null;
    const options = { mode: this.view.color, delta: this.view.delta, higherIsBetter: metric.higherIsBetter, scale: scale.scale };
    if (this.noData) return choropleth(extentProvinces(this.dataset?.provinces ?? [], this.edition, metric.scope === 'zones' ? 'region' : this.extent).map((p) => ({ code: p.code, value: null, deltaAbs: null, deltaPct: null, contested: false, partial: false, derived: false })), options);
    const result = this.shownRanking;
    if (!result) return null;
    const rows = result.rows.map((r) => ({
      code: r.unit.code, value: r.value, deltaAbs: r.deltaAbs, deltaPct: r.deltaPct, contested: r.contested, partial: r.partial, derived: r.derived,
      carried: r.carriedFrom !== null,
      notComparable: r.value !== null && r.previous !== null && r.deltaAbs === null,
      otherDefinition: r.otherDefinition,
    }));
    return choropleth(rows, options);
  });

  // Compared by value: a new year or metric leaves the filters (and the zone source on the map) untouched.
  zoneFilters = $derived.by(byValue(() => this.view.zoneFilters));
  /** Straight-line distances from every located zone to the nearest logistics points (the worker's, once). */
  distances = new Query(() => (this.analysis ? this.analysis.zoneDistances() : null));
  // The province facet applies in the zones view; elsewhere the selected province is the choropleth's and
  // every zone stays on the map.
  zonePlace = $derived.by(byValue(() => (this.view.view === 'zones' && this.view.province ? { edition: this.edition, code: this.view.province } : null)));
  /** The filter rules (core/zones/filter.ts): loaded with the zones view or a filter, not for the first screen. */
  zoneRules = $state.raw<typeof import('../core/zones/filter') | null>(null);
  /** A filter or the facet may hide a zone; if not, every zone shows without the rules. */
  zonesFiltered = $derived(this.zonePlace !== null || mayFilterZones(this.zoneFilters));
  zoneMatches = $derived.by(() => {
    const { dataset, zoneRules } = this;
    if (!dataset) return null;
    if (!this.zonesFiltered) return unfilteredZones(dataset.zones);
    return zoneRules?.matchZones(dataset.zones, this.zoneFilters, { provinces: dataset.provinces, distances: this.distances.current, place: this.zonePlace }) ?? null;
  });
  visibleZones = $derived(this.zoneMatches?.zones ?? []);
  selectedZone = $derived(this.dataset && this.view.zone ? zoneById(this.dataset.zones, this.view.zone) : undefined);
  zoneCollections = $derived(
    this.zoneMatches
      ? { parks: zoneFeatures(this.visibleZones, 'parks', this.zoneMatches.unknown), kkt: zoneFeatures(this.visibleZones, 'kkt', this.zoneMatches.unknown) }
      : null,
  );
  /** How the zone list (and its CSV) is sorted: the reader's choice, not part of a link. */
  zoneSort = $state.raw<{ key: ZoneSortKey; direction: SortDirection }>({ key: 'name', direction: 'asc' });

  /** The optional map layers shown (`layers`, or the view's default). */
  layers = $derived.by(byValue(() => shownLayers(this.view)));
  /** The logistics point whose card is open (not part of a link). */
  selectedLogistics = $state<string | null>(null);
  /** What an opened zone is framed with (the map builds the frame: core/logistics/features.ts zoneFocus). */
  zoneFocus = $derived.by(
    byValue((): FocusInput | null => {
      const { dataset, selectedZone: zone } = this;
      if (!dataset || !zone) return null;
      return { zone, distances: this.distances.current?.[zone.id], provinceCode: zoneProvinceCode(zone, dataset.provinces, this.edition) };
    }),
  );

  /** The window's size, and the stage's magnification in it (core/present/stage.ts; applied in presenter mode). */
  viewport = $state.raw({ width: window.innerWidth, height: window.innerHeight });
  stageZoom = $derived(zoomFor(this.viewport.width, this.viewport.height));

  /** Presenter mode and the slide deck, loaded on first use (see loadPresenter). */
  presenter = $state.raw<Presenter | null>(null);

  #flashId = 0;
  /** A link was read (start, Back/Forward, a slide): its `from` is checked once against the metric's years. */
  #fromUnchecked = $state(true);
  #presenterLoad: Promise<Presenter> | null = null;
  #zoneRulesLoad: Promise<unknown> | null = null;

  constructor() {
    $effect(() => {
      if (this.view.present || this.view.deck || this.showDeck) void this.loadPresenter();
    });
    $effect(() => {
      if (this.view.view === 'zones' || this.zonesFiltered) void this.#loadZoneRules();
    });
    // A year or period in the URL that the metric has no data for: said once, and the default shown.
    $effect(() => {
      const defaults = this.metricDefaults;
      if (!defaults || !this.metric) return;
      const problems = checkYearPeriod(this.view, this.metric.id, defaults);
      if (!problems) return;
      untrack(() => {
        this.notices = [...this.notices, ...problems.notices];
        this.update(problems.patch, 'replace');
      });
    });
    // Only for a link: a `from` chosen in the app is always one of the choices.
    $effect(() => {
      const defaults = this.defaults.current;
      if (!this.#fromUnchecked || !defaults || !this.metric || defaults.metric !== this.metric.id) return;
      untrack(() => {
        this.#fromUnchecked = false;
        const problems = checkFromYear(this.view, defaults);
        if (!problems) return;
        this.notices = [...this.notices, ...problems.notices];
        this.update(problems.patch, 'replace');
      });
    });
    // `asof=latest` with a flow: said once, and dropped.
    $effect(() => {
      const problems = this.metricDefaults ? checkAsOf(this.view, this.period) : null;
      if (!problems) return;
      untrack(() => {
        this.notices = [...this.notices, ...problems.notices];
        this.update(problems.patch, 'replace');
      });
    });
    // `extent=country` with a zone metric (a link, or a switch to the zones): said once, and the region shown.
    $effect(() => {
      const scope = this.metric?.scope;
      if (!this.dataset || !scope) return;
      const problems = checkExtent(this.dataset.provinces, this.view, scope);
      if (!problems) return;
      untrack(() => {
        this.notices = [...this.notices, ...problems.notices];
        this.update(problems.patch, 'replace');
      });
    });
    // A metric no province has a value for: said once per metric; the map and table stay empty.
    $effect(() => {
      const metric = this.metric?.id;
      if (!this.noData || !metric) return;
      untrack(() => {
        if (!this.notices.some((n) => n.problem === 'no-data' && n.value === metric)) {
          this.notices = [...this.notices, { param: 'metric', value: metric, problem: 'no-data' }];
        }
      });
    });
  }

  /** Every change of the view goes through here: selections push a history entry, the rest replace it. */
  update(patch: Partial<ViewState>, mode: 'push' | 'replace') {
    this.view = { ...this.view, ...patch };
    writeUrl(this.view, mode);
  }

  selectProvince = (code: string | null) => {
    if (code !== this.view.province) this.update({ province: code }, 'push');
  };

  selectZone = (id: string | null) => this.update({ zone: id }, 'push');

  // The merger's mapping rules load with the first switch (their own chunk: the first screen stays small).
  setEdition = async (next: Edition) => {
    const { switchEdition } = await import('../core/view/selection');
    const switched = this.dataset ? switchEdition(this.dataset.provinces, this.view, next) : null;
    if (!switched) return;
    if (switched.notices.length) this.notices = [...this.notices.filter((n) => n.problem !== 'compare-mapped' && n.problem !== 'province-split'), ...switched.notices];
    this.update(switched.patch, 'push');
  };

  setLang = (next: Lang) => void loadLanguage(next).then(() => this.update({ lang: next }, 'replace'));

  /** The region or the whole country; a selection outside the new extent is let go. */
  setExtent = (next: Extent) => {
    // The year shown stays (a first screen's year is chosen by how many report, which differs by extent).
    if (this.dataset && next !== this.view.extent) this.update({ ...extentPatch(this.dataset.provinces, this.view, next), year: this.year }, 'push');
  };

  changeRanking = (choice: RankingChoice) => this.update(rankingPatch(this.view, this.metric?.id, choice), 'push');

  setZoneFilters = (patch: Partial<ZoneFilters>) => this.update({ zoneFilters: { ...this.view.zoneFilters, ...patch } }, 'replace');

  setLayer = (layer: MapLayer, on: boolean) => this.update({ layers: toggleLayer(this.view, layer, on) }, 'replace');

  selectLogistics = (id: string | null) => (this.selectedLogistics = id);

  // The panel's rules load with the first panel opened.
  showProvenance = async (value: UnitValue) => (this.provenance = (await import('../core/analysis/provenance')).provenanceOf(value));

  /** A row's share of the country: derived, opened with its two sources (the row's value, the national total). */
  showCountryShare = async (row: RankingRow) => {
    const total = this.shownRanking?.countryTotal;
    if (!total || row.countryShare === null) return;
    // The share's rules load on first use (their own chunk: the first screen stays small).
    const { shareProvenance } = await import('../core/analysis/national');
    this.provenance = shareProvenance(row.unit, [row], total.selection, row.countryShare, row.countryShareQualifier, row.metric);
  };

  /** A row's change from the previous year (and its rank change): derived, opened with both years' sources. */
  showChange = async (row: RankingRow) => {
    const result = this.shownRanking;
    if (!result) return;
    const { changeProvenance } = await import('../core/analysis/derivedProvenance');
    this.provenance = changeProvenance(row, result) ?? this.provenance;
  };

  /** A row's share of the region: derived, opened with its value and the region's total (or every part of the sum). */
  showRegionShare = async (row: RankingRow) => {
    const result = this.shownRanking;
    if (!result) return;
    const { regionShareProvenance } = await import('../core/analysis/derivedProvenance');
    this.provenance = regionShareProvenance(row, result) ?? this.provenance;
  };

  dismissNotice = (index: number) => (this.notices = this.notices.filter((_, i) => i !== index));

  /**
   * A short message that goes away by itself. Two in quick succession are both seen (at most MAX_FLASHES at
   * once, the oldest leaves first); the same message again is shown once, for its full time.
   */
  say = (message: string) => {
    const id = ++this.#flashId;
    this.flashes = [...this.flashes.filter((flash) => flash.text !== message), { id, text: message }].slice(-MAX_FLASHES);
    setTimeout(() => (this.flashes = this.flashes.filter((flash) => flash.id !== id)), FLASH_MS);
  };

  /**
   * A whole view from a link (Back/Forward: its notices replace the shown ones) or a slide (pushed; the shown
   * notices stay), checked against the data when it is loaded.
   */
  open = (state: ViewState, from: { link: UrlNotice[] } | 'slide') => {
    this.view = state;
    if (from === 'slide') writeUrl(state, 'push');
    else this.notices = from.link;
    this.#fromUnchecked = true;
    if (this.dataset) this.#reconcile(this.dataset);
  };

  #loadZoneRules() {
    return (this.#zoneRulesLoad ??= import('../core/zones/filter').then((rules) => (this.zoneRules = rules)));
  }

  /** The presenter's code is its own chunk: loaded with `present` or `deck` in the link, the slides panel or a presenter key. */
  loadPresenter(): Promise<Presenter> {
    this.wantCoverage = true;
    this.#presenterLoad ??= import('./presenter.svelte').then(({ Presenter }) => {
      const presenter = new Presenter({
        view: () => this.view,
        years: () => this.defaults.current?.years ?? [],
        year: () => this.year,
        metrics: () => (this.dataset && this.metric ? presenterMetrics(this.dataset.metrics, this.metric.scope, this.coverage.current, this.year) : []),
        metric: () => this.metric?.id ?? null,
        apply: (patch, mode) => this.update(patch, mode),
        open: (state) => this.open(state, 'slide'),
        notice: (message) => this.say(message),
      });
      if (this.view.present) presenter.armFullscreenOnFirstGesture();
      this.presenter = presenter;
      return presenter;
    });
    return this.#presenterLoad;
  }

  /** The window's keys: presenter actions (keys.ts) never act while typing or composing. */
  onKey = (event: KeyboardEvent) => {
    // Esc closes the open card (the logistics card first, it opens over the zone's); the presenter's Esc leaves presenting.
    if (closeCardKey(event, this.view.present) && (this.selectedLogistics || this.view.zone)) {
      if (this.selectedLogistics) this.selectedLogistics = null;
      else this.selectZone(null);
      return;
    }
    const action = presenterKey(event, this.view.present);
    if (!action) return;
    event.preventDefault();
    void this.loadPresenter().then((presenter) => presenter.run(action));
  };

  present = () => void this.loadPresenter().then((presenter) => presenter.enter());

  #pointerMoved = () => this.presenter?.pointerMoved();

  export = async (kind: ExportKind) => (await import('./export/run')).runExport(this, kind);
  downloadUserFile = async (which: UserFile) => (await import('./export/run')).downloadUserFile(this, which);

  /** Starts the app once mounted: history, keys, offline, then data → worker → the user's layer. Returns the cleanup. */
  start(): () => void {
    const onPopState = async () => {
      const next = readUrl();
      await loadLanguage(next.state.lang);
      this.open(next.state, { link: next.notices });
    };
    const onResize = () => (this.viewport = { width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('resize', onResize);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('pointermove', this.#pointerMoved);
    registerOffline(this.baseUrl, (offer) => (this.updateOffer = offer));
    loadDataset(this.baseUrl)
      .then(async ({ dataset, bytes }) => {
        await this.#reconcile(dataset);
        // A link that filters the zones draws them filtered from the start.
        if (this.zonesFiltered) await this.#loadZoneRules();
        this.dataset = dataset;
        this.analysis = await startAnalysis(bytes);
        await this.#startUserLayer();
      })
      .catch((error: unknown) => {
        this.loadError = error instanceof Error ? error.message : String(error);
      });
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('resize', onResize);
      window.removeEventListener('keydown', this.onKey);
      window.removeEventListener('pointermove', this.#pointerMoved);
      this.presenter?.pause();
    };
  }

  // A link checked against the data, once it is in (core/view/reconcile.ts, loaded alongside the data); a
  // deck in it first (core/url/link.ts, loaded only for a link with a deck).
  async #reconcile(dataset: Dataset) {
    const opening = this.#opening;
    this.#opening = false;
    if (this.view.deck !== null) {
      const { checkDeck, openSlide } = await import('../core/url/link');
      this.#correct(checkDeck(this.view));
      // The page opened on a shared deck link that names a slide: that slide's own view, whole (the viewer's
      // language stays); the address bar says so.
      if (opening && this.view.slide !== null) {
        const opened = openSlide(this.view, this.notices);
        this.view = opened.state;
        this.notices = opened.notices;
        writeUrl(this.view, 'replace');
      }
    }
    this.#correct((await import('../core/view/reconcile')).reconcileView(dataset, this.view));
  }

  #correct({ patch, notices }: { patch: Partial<ViewState>; notices: UrlNotice[] }) {
    if (notices.length) this.notices = [...this.notices, ...notices];
    if (Object.keys(patch).length) this.update(patch, 'replace');
  }

  // The user's layer (import, IndexedDB) loads in its own chunk once the data is in.
  async #startUserLayer() {
    const { UserLayer, userLayerText } = await import('./userLayer.svelte');
    const layer = new UserLayer(() => this.analysis, (notice) => this.say(userLayerText(this.lang, notice)), () => (this.dataVersion += 1));
    this.userLayer = layer;
    await layer.restore();
  }
}

// What changes with the user's actions and the data is written as feature state (style spec,
// expressions: "feature-state") and drawn by the paint in layers.ts: a new year, metric or selection
// restyles features without rebuilding a source.
//
// Only what changed is written: MapLibre re-evaluates every state-dependent paint value of a feature
// whose state is touched, in every layer of its source, so a year step touches the provinces whose
// colour or marks changed, not all 63. And a mark layer that marks no province is switched off
// (layers.ts, `setMarkSwitch`), so that the frame does not draw its invisible lines.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ProvinceStyle } from '../core/choropleth/choropleth';
import type { ProvinceCollection } from '../core/geo/provinces';
import { SOURCE } from './ids';
import { setMarkSwitch, type MarkState } from './layers';

/**
 * A province marked by the user: clicked or chosen (selected), under the pointer (hover), reached by the
 * arrow keys (focus), holding the opened zone (framed).
 */
type Mark = 'selected' | 'hover' | 'focus' | 'framed';

export class ProvinceStates {
  readonly #map: MapLibreMap;
  #provinces: ProvinceCollection;
  #choropleth: Record<string, ProvinceStyle> = {};
  readonly #marked: Record<Mark, string | null> = { selected: null, hover: null, focus: null, framed: null };
  /** The state last written for each province, so that only changes are written. */
  #written = new Map<string, Record<string, unknown>>();

  constructor(map: MapLibreMap, provinces: ProvinceCollection, selected: string | null) {
    this.#map = map;
    this.#provinces = provinces;
    this.#marked.selected = selected;
  }

  get selected(): string | null {
    return this.#marked.selected;
  }
  get hovered(): string | null {
    return this.#marked.hover;
  }
  get focused(): string | null {
    return this.#marked.focus;
  }

  /** The current boundaries (to frame an opened zone's province). */
  get collection(): ProvinceCollection {
    return this.#provinces;
  }

  /** Moves a mark to another province (or none). */
  mark(mark: Mark, code: string | null): void {
    const previous = this.#marked[mark];
    if (previous !== null) this.#set(previous, { [mark]: false });
    this.#marked[mark] = code;
    if (code !== null) this.#set(code, { [mark]: true });
    this.#switchMarks();
  }

  setChoropleth(byCode: Record<string, ProvinceStyle>): void {
    this.#choropleth = byCode;
    this.applyAll();
  }

  /** New boundaries (an edition change): the old features' state goes; hover and focus do not carry over. */
  replaceProvinces(provinces: ProvinceCollection): void {
    this.#provinces = provinces;
    this.#marked.hover = null;
    this.#marked.focus = null;
    this.#map.removeFeatureState({ source: SOURCE.provinces });
    this.#written.clear();
  }

  /**
   * A province the pointer and the keys can reach: a delta province, or any province the choropleth shows
   * (with `extent=country`, every province of the edition).
   */
  isTarget = (code: string, inRegion: boolean): boolean => inRegion || code in this.#choropleth;

  /** Writes every province's state. A shown province without a value is hatched once a choropleth is shown. */
  applyAll(): void {
    const choroplethShown = Object.keys(this.#choropleth).length > 0;
    for (const f of this.#provinces.features) {
      const code = f.properties.code;
      const style = this.#choropleth[code];
      this.#set(code, {
        selected: code === this.#marked.selected,
        fill: style?.fill ?? null,
        noData: choroplethShown && (style ? style.noData : f.properties.in_region),
        contested: style?.contested ?? false,
        partial: style?.partial ?? false,
        carried: style?.carried ?? false,
        focus: code === this.#marked.focus,
        hover: code === this.#marked.hover,
        framed: code === this.#marked.framed,
      });
    }
    this.#switchMarks();
  }

  #set(code: string, state: Record<string, unknown>): void {
    const written = this.#written.get(code);
    const changed = written ? Object.fromEntries(Object.entries(state).filter(([key, value]) => written[key] !== value)) : state;
    if (Object.keys(changed).length === 0) return;
    this.#written.set(code, { ...written, ...changed });
    this.#map.setFeatureState({ source: SOURCE.provinces, id: code }, changed);
  }

  /** Each mark layer is drawn only while some province carries its mark. */
  #switchMarks(): void {
    const shown = (key: MarkState) => [...this.#written.values()].some((state) => state[key] === true);
    setMarkSwitch(this.#map, 'selected', shown('selected'));
    setMarkSwitch(this.#map, 'hover', shown('hover') || shown('focus'));
    setMarkSwitch(this.#map, 'noData', shown('noData'));
    setMarkSwitch(this.#map, 'partial', shown('partial'));
    setMarkSwitch(this.#map, 'contested', shown('contested'));
    setMarkSwitch(this.#map, 'carried', shown('carried'));
    setMarkSwitch(this.#map, 'framed', shown('framed'));
  }
}

/** The selected zone, marked in both zone sources (an id is in one of them). */
export class ZoneSelection {
  readonly #map: MapLibreMap;
  #selected: string | null;

  constructor(map: MapLibreMap, selected: string | null) {
    this.#map = map;
    this.#selected = selected;
  }

  get selected(): string | null {
    return this.#selected;
  }

  select(id: string | null): void {
    if (this.#selected) this.#set(this.#selected, false);
    this.#selected = id;
    this.apply();
  }

  /** Marks the selected zone again, as after new zone data. */
  apply(): void {
    if (this.#selected) this.#set(this.#selected, true);
  }

  #set(id: string, selected: boolean): void {
    for (const source of [SOURCE.zones, SOURCE.kkt]) this.#map.setFeatureState({ source, id }, { selected });
  }
}

// The keyboard (the canvas is the map's one tab stop): arrows move between the delta's provinces,
// Enter selects, Escape clears, Shift+arrows pan, +/- zoom. Input-method composition (Telex, VNI) and
// shortcuts with Alt, Ctrl or Meta are left alone.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { nextProvince, type Direction, type NavPoint } from '../../core/geo/keyboardNav';
import type { ProvinceStates } from '../featureState';

export interface KeyboardHandlers {
  onSelect: (code: string | null) => void;
  onFocusProvince?: (code: string | null) => void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_PX = 120;
const PAN: Record<Direction, [number, number]> = { left: [-PAN_PX, 0], right: [PAN_PX, 0], up: [0, -PAN_PX], down: [0, PAN_PX] };

/** Binds the keys; `points` gives the current edition's label points. Returns the unbinding. */
export function bindKeyboard(
  map: MapLibreMap,
  provinces: ProvinceStates,
  points: () => NavPoint[],
  handlers: KeyboardHandlers,
): () => void {
  // MapLibre's own arrow-key panning would fight the province moves.
  map.keyboard.disable();
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-roledescription', 'map');

  const focus = (code: string | null) => {
    provinces.mark('focus', code);
    handlers.onFocusProvince?.(code);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      map.panBy(PAN[direction]);
    } else if (direction) {
      focus(nextProvince(points(), provinces.focused ?? provinces.selected, direction));
    } else if (event.key === 'Enter' && provinces.focused !== null) {
      handlers.onSelect(provinces.focused);
    } else if (event.key === 'Escape') {
      focus(null);
      handlers.onSelect(null);
    } else if (event.key === '+' || event.key === '=') {
      map.zoomIn();
    } else if (event.key === '-') {
      map.zoomOut();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
  const onBlur = () => focus(null);

  canvas.addEventListener('keydown', onKeyDown);
  canvas.addEventListener('blur', onBlur);
  return () => {
    canvas.removeEventListener('keydown', onKeyDown);
    canvas.removeEventListener('blur', onBlur);
  };
}

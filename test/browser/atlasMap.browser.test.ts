// The MapLibre adapter in real Chromium with WebGL: the generated boundaries load, the delta
// provinces render, and selection and language reach the map.
import { afterEach, describe, expect, test } from 'vitest';
import { createAtlasMap, type AtlasMap } from '../../src/map/atlasMap';

const BLOC_CODES = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];

let atlas: AtlasMap | null = null;
let container: HTMLDivElement | null = null;

afterEach(() => {
  atlas?.destroy();
  container?.remove();
  atlas = null;
});

async function makeMap(options: { edition?: 'pre2025' | 'post2025'; selected?: string | null } = {}) {
  container = document.createElement('div');
  container.style.cssText = 'width: 900px; height: 700px;';
  document.body.append(container);
  const states: string[] = [];
  const selections: (string | null)[] = [];
  let resolveIdle!: () => void;
  let idle = new Promise<void>((resolve) => (resolveIdle = resolve));
  atlas = await createAtlasMap({
    container,
    edition: options.edition ?? 'pre2025',
    lang: 'vi',
    selected: options.selected ?? null,
    attribution: ['Test attribution'],
    baseUrl: '/',
    onSelect: (code) => selections.push(code),
    onState: (state) => {
      states.push(state);
      if (state === 'idle') resolveIdle();
    },
  });
  const nextIdle = () => {
    idle = new Promise<void>((resolve) => (resolveIdle = resolve));
    return idle;
  };
  await idle;
  return { atlas, states, selections, nextIdle };
}

function renderedRegionCodes(map: AtlasMap['map']): string[] {
  const features = map.queryRenderedFeatures({ layers: ['provinces-fill'] });
  return [...new Set(features.filter((f) => f.properties.in_region).map((f) => String(f.properties.code)))].sort();
}

/** Pixels of one colour (±tolerance) in the map's canvas, read while the next frame is drawn. */
function countColour(map: AtlasMap['map'], rgb: [number, number, number], tolerance = 14): Promise<number> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const pixels = new Uint8Array(canvas.width * canvas.height * 4);
      gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i] - rgb[0]) <= tolerance && Math.abs(pixels[i + 1] - rgb[1]) <= tolerance && Math.abs(pixels[i + 2] - rgb[2]) <= tolerance) count++;
      }
      resolve(count);
    });
    map.triggerRepaint();
  });
}

describe('atlas map adapter', () => {
  test('renders the 11 delta provinces and reports idle', async () => {
    const { atlas, states } = await makeMap();
    expect(states[0]).toBe('loading');
    expect(states.at(-1)).toBe('idle');
    expect(renderedRegionCodes(atlas.map)).toEqual(BLOC_CODES);
  });

  test('selection is applied through feature state, not by rebuilding the source', async () => {
    const { atlas, nextIdle } = await makeMap({ selected: '27' });
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '27' }).selected).toBe(true);
    const idle = nextIdle();
    atlas.setSelected('31');
    await idle;
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '27' }).selected).toBe(false);
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '31' }).selected).toBe(true);
  });

  test('the selection outline is drawn while a province is selected, and only then', async () => {
    const outline: [number, number, number] = [0x8a, 0x4b, 0x00]; // COLORS.selectedOutline
    const { atlas, nextIdle } = await makeMap();
    expect(await countColour(atlas.map, outline)).toBe(0);
    let idle = nextIdle();
    atlas.setSelected('27');
    await idle;
    expect(await countColour(atlas.map, outline)).toBeGreaterThan(100);
    idle = nextIdle();
    atlas.setSelected(null);
    await idle;
    expect(await countColour(atlas.map, outline)).toBe(0);
  });

  test('labels follow the language', async () => {
    const { atlas, nextIdle } = await makeMap();
    expect(JSON.stringify(atlas.map.getLayoutProperty('province-labels', 'text-field'))).toContain('name_vi');
    const idle = nextIdle();
    atlas.setLang('en');
    await idle;
    expect(JSON.stringify(atlas.map.getLayoutProperty('province-labels', 'text-field'))).toContain('name_en');
  });

  test('the 2025 edition draws the 7 merged units', async () => {
    const { atlas } = await makeMap({ edition: 'post2025' });
    expect(renderedRegionCodes(atlas.map)).toEqual(['01', '22', '24', '25', '31', '33', '37']);
  });

  test('the whole country: a choropleth over every province colours those outside the delta, and frames the country', async () => {
    const { atlas, nextIdle } = await makeMap();
    const style = (fill: string | null) => ({ fill, noData: fill === null, contested: false, partial: false, carried: false });
    // Hồ Chí Minh City (79) is outside the delta: in the region extent the map has no colour for it.
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '79' }).fill ?? null).toBeNull();
    let idle = nextIdle();
    atlas.setExtent('country');
    atlas.setChoropleth({ '27': style('#123456'), '79': style('#b4126e'), '48': style(null) });
    await idle;
    const rendered = new Set(atlas.map.queryRenderedFeatures({ layers: ['provinces-fill'] }).map((f) => String(f.properties.code)));
    expect(rendered.size).toBe(63);
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '79' }).fill).toBe('#b4126e');
    // A province of the choropleth without a value is hatched, wherever it lies (Đà Nẵng, 48).
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '48' }).noData).toBe(true);
    expect(await countColour(atlas.map, [0xb4, 0x12, 0x6e], 4)).toBeGreaterThan(50);
    // Back to the delta only: the colour outside it goes.
    idle = nextIdle();
    atlas.setExtent('region');
    atlas.setChoropleth({ '27': style('#123456') });
    await idle;
    expect(atlas.map.getFeatureState({ source: 'provinces', id: '79' }).fill).toBeNull();
    expect(await countColour(atlas.map, [0xb4, 0x12, 0x6e], 4)).toBe(0);
  });

  test('the whole country: the zone bubbles show from one step in of the country’s frame, re-taken when the map is resized', async () => {
    const { atlas, nextIdle } = await makeMap();
    const minzoom = () => atlas.map.getLayer('zone-points')?.minzoom ?? 0;
    expect(minzoom()).toBe(0);
    const idle = nextIdle();
    atlas.setExtent('country');
    await idle;
    const wide = minzoom();
    expect(wide).toBeGreaterThan(0);
    // Half as tall (a phone turned, a shorter window): the country frames at a smaller zoom, and so do the bubbles.
    container!.style.height = '350px';
    atlas.map.resize(); // fires 'resize' at once
    expect(minzoom()).toBeLessThan(wide);
    expect(minzoom()).toBeGreaterThan(0);
  });
});

// Runs inside the built app's page (scripts/bench/map.ts evaluates it): time from a new choropleth to the map's next
// `idle`, applying it by feature state (what the app does) or by rebuilding the province source.
window.runMapBench = async (rounds) => {
  const map = window.__map;
  const source = map.getSource('provinces');
  const data = await source.getData();
  const codes = data.features.map((f) => String(f.properties.code));
  const palette = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
  const colorsFor = (round) => Object.fromEntries(codes.map((code, i) => [code, palette[(i + round) % palette.length]]));
  const idle = () => new Promise((resolve) => map.once('idle', resolve));

  const featureState = [];
  for (let round = 0; round < rounds; round++) {
    const colors = colorsFor(round);
    const start = performance.now();
    const done = idle();
    for (const code of codes) map.setFeatureState({ source: 'provinces', id: code }, { fill: colors[code] });
    map.triggerRepaint();
    await done;
    featureState.push(performance.now() - start);
  }

  // The alternative: the colour as a feature property and the whole source rebuilt.
  map.setPaintProperty('provinces-fill', 'fill-color', ['case', ['!', ['get', 'in_region']], '#f3f1ea', ['to-color', ['coalesce', ['get', 'fill'], '#fdfcf8']]]);
  const rebuild = [];
  for (let round = 0; round < rounds; round++) {
    const colors = colorsFor(round);
    const next = { ...data, features: data.features.map((f) => ({ ...f, properties: { ...f.properties, fill: colors[String(f.properties.code)] } })) };
    const start = performance.now();
    const done = idle();
    source.setData(next);
    await done;
    rebuild.push(performance.now() - start);
  }
  return { featureState, rebuild, features: codes.length };
};

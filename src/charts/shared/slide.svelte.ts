// Elements that slide to their new place between two renders (a bar that changes rank), with short D3
// transitions; none when the reader asks for reduced motion. Browser only: a no-op on the server.
import { select } from 'd3-selection';
import 'd3-transition';
import { motionMs } from './motion';

type Geometry = Map<Element, Record<string, string>>;

/** Reads the current (possibly mid-transition) attributes of the elements, before Svelte updates them. */
function captureGeometry(root: Element | null | undefined, selector: string, attributes: readonly string[]): Geometry {
  const geometry: Geometry = new Map();
  if (!root) return geometry;
  for (const element of root.querySelectorAll(selector)) {
    const values: Record<string, string> = {};
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value !== null) values[name] = value;
    }
    geometry.set(element, values);
  }
  return geometry;
}

/**
 * After Svelte has written the new attributes: moves each element that was already there from its
 * captured attributes to the new ones. Keyed `{#each}` blocks keep the element of a unit, so a bar
 * that changes rank slides instead of being recreated.
 */
function animateFrom(before: Geometry): void {
  const duration = motionMs();
  if (before.size === 0 || duration === 0) return;
  for (const [element, previous] of before) {
    if (!element.isConnected) continue;
    const changed = Object.entries(previous).filter(([name, value]) => element.getAttribute(name) !== value);
    if (changed.length === 0) continue;
    const selection = select(element);
    const targets = changed.map(([name]) => [name, element.getAttribute(name) as string] as const);
    for (const [name, value] of changed) selection.attr(name, value);
    const transition = selection.interrupt().transition().duration(duration);
    for (const [name, value] of targets) transition.attr(name, value);
  }
}

/**
 * Call while a component initialises: whenever `layout` changes, the elements of `root()` matching
 * `selector` slide from where they were to where Svelte puts them.
 */
export function slideOnChange(root: () => Element | undefined, selector: string, layout: () => unknown, attributes: readonly string[] = ['transform', 'x', 'width']): void {
  let before: Geometry = new Map();
  $effect.pre(() => {
    void layout();
    before = captureGeometry(root(), selector, attributes);
  });
  $effect(() => {
    void layout();
    animateFrom(before);
  });
}

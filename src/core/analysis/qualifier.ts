// How sure a number is: stated exactly, as a lower bound ("trên", "hơn", "over") or as an approximation
// ("khoảng", "gần", "ước", "about"). A computed number inherits its inputs' marks: a sum or a mean of lower
// bounds is a lower bound; anything the direction of which is unknown (a difference from a lower bound, a ratio)
// is an approximation.
import type { Observation } from '../data/types';

export type Qualifier = '' | 'lower-bound' | 'approx';

/**
 * A stated number's own mark from its flags (observations and zone facts alike). An estimate ("ước") is an
 * approximation; a lower bound that is also approximate ("hơn khoảng") reads as approximate.
 */
export function qualifierOfFlags(flags: readonly string[]): Qualifier {
  if (flags.includes('approx') || flags.includes('estimate')) return 'approx';
  return flags.includes('lower-bound') ? 'lower-bound' : '';
}

export function qualifierOf(observation: Observation | null | undefined): Qualifier {
  return observation ? qualifierOfFlags(observation.flags) : '';
}

/**
 * The mark of a number that rises with each of its inputs (a sum, a weighted mean with exact weights, a share
 * of an exact total): lower bounds stay lower bounds; any approximation makes it approximate.
 */
export function increasing(...marks: Qualifier[]): Qualifier {
  if (marks.includes('approx')) return 'approx';
  return marks.includes('lower-bound') ? 'lower-bound' : '';
}

/** The mark of `a − b` (or `a / b`): a lower bound minus an exact number is a lower bound; a bound below is unknown. */
export function difference(a: Qualifier, b: Qualifier): Qualifier {
  if (b !== '') return 'approx';
  return a;
}

/** Any mark among the inputs of a number whose direction is unknown (a formula) makes it approximate. */
export function anyMark(...marks: Qualifier[]): Qualifier {
  return marks.some((m) => m !== '') ? 'approx' : '';
}

// The Vietnamese messages: the default language. One file a part of the app; the parts are kept apart here
// so that a test can check that no key is defined in two of them (a spread would let the later one win
// without a word). The parts the first screen uses are in the first chunk (`vi`); the parts only lazily
// loaded panels use (`LAZY_PARTS`, ./lazy.ts) load with those panels (../lazyMessages.ts).
import type { LAZY_PARTS } from './lazy';
import { app } from './app';
import { present } from './present';
import { layout } from './layout';

export const FIRST_PARTS = { app, present, layout };

/** Every part, by name (types only: the lazy parts are not in this chunk). */
export type Parts = typeof FIRST_PARTS & typeof LAZY_PARTS;

export const vi = { ...app, ...present, ...layout };

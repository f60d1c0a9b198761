// The Vietnamese messages that only lazily loaded panels use (the zone explorer, the charts, plans,
// logistics, your figures, provenance, link and comparison notices): their own chunk, loaded with the first of those
// panels through ../lazyMessages.ts. See ./index.ts.
import { zones } from './zones';
import { trend } from './trend';
import { change } from './change';
import { userData } from './userData';
import { data } from './data';
import { links } from './links';
import { compare } from './compare';
import { plans } from './plans';
import { logistics } from './logistics';
import { country } from './country';

export const LAZY_PARTS = { zones, trend, change, userData, data, links, compare, plans, logistics, country };

export const viLazy = { ...zones, ...trend, ...change, ...userData, ...data, ...links, ...compare, ...plans, ...logistics, ...country };

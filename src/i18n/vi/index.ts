// The Vietnamese messages: the default language, in the first chunk. One file a part of the app; the
// parts are kept apart here so that a test can check that no key is defined in two of them (a spread
// would let the later one win without a word).
import { app } from './app';
import { zones } from './zones';
import { trend } from './trend';
import { change } from './change';
import { present } from './present';
import { userData } from './userData';
import { data } from './data';
import { links } from './links';
import { compare } from './compare';
import { plans } from './plans';
import { logistics } from './logistics';
import { country } from './country';
import { layout } from './layout';

export const PARTS = { app, zones, trend, change, present, userData, data, links, compare, plans, logistics, country, layout };

export const vi = { ...app, ...zones, ...trend, ...change, ...present, ...userData, ...data, ...links, ...compare, ...plans, ...logistics, ...country, ...layout };

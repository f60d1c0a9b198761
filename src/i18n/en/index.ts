// The English messages, loaded only when English is shown (they stay out of the first chunk). Each part
// has exactly the keys of its Vietnamese part (the compiler checks it); see vi/index.ts.
import type { Parts as VI_PARTS } from '../vi';
import type { MessageKey } from '../messages';
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

export const PARTS: { [P in keyof VI_PARTS]: Record<keyof VI_PARTS[P], string> } = { app, zones, trend, change, present, userData, data, links, compare, plans, logistics, country, layout };

export const en: Record<MessageKey, string> = { ...app, ...zones, ...trend, ...change, ...present, ...userData, ...data, ...links, ...compare, ...plans, ...logistics, ...country, ...layout };

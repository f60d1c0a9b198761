// Every string of the UI, in Vietnamese (default, vi/) and English (en/, loaded when asked for). Keys are
// shared; tests check that both languages define the same keys, that no key is defined twice and that
// no Vietnamese message is left in English (test/unit/i18n/messages.test.ts).
import type { Lang } from '../core/names';
import type { viLazy } from './vi/lazy';
import { vi } from './vi';

export type { Lang } from '../core/names';

export type MessageKey = keyof typeof vi | keyof typeof viLazy;

/**
 * Loaded message tables: Vietnamese (the default) always, without the parts only lazily loaded panels use
 * until the first of them loads (lazyMessages.ts); English, whole, once asked for.
 */
export const MESSAGES: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = { vi: { ...vi } };

/** Makes a language's messages available; call (and await) before showing it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !MESSAGES.en) MESSAGES.en = (await import('./en')).en;
}

/** Adds the Vietnamese messages of a lazily loaded part (lazyMessages.ts). */
export function addMessages(messages: Partial<Record<MessageKey, string>>) {
  Object.assign(MESSAGES.vi!, messages);
}

/** Vite's mode (`production` for the published build); none outside Vite (scripts run by tsx). */
const MODE = (import.meta as { env?: { MODE?: string } }).env?.MODE;

/**
 * Looks a message up and fills `{name}` placeholders. A key whose part is not loaded is a defect (its module
 * does not import lazyMessages.ts): outside the published build (tests, the test build, dev) it throws; a
 * reader sees nothing rather than the raw key.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang]?.[key] ?? MESSAGES.vi![key];
  if (template === undefined) {
    if (MODE !== 'production') throw new Error(`message "${key}" used before its part was loaded (import i18n/lazyMessages)`);
    return '';
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

// Every string of the UI, in Vietnamese (default, vi/) and English (en/, loaded when asked for). Keys are
// shared; tests check that both languages define the same keys, that no key is defined twice and that
// no Vietnamese message is left in English (test/unit/i18n.test.ts).
import type { Lang } from '../core/names';
import { vi } from './vi';

export type { Lang } from '../core/names';

export type MessageKey = keyof typeof vi;

/** Loaded message tables: Vietnamese (the default) always; English once asked for. */
export const MESSAGES: Partial<Record<Lang, Record<MessageKey, string>>> = { vi };

/** Makes a language's messages available; call (and await) before showing it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !MESSAGES.en) MESSAGES.en = (await import('./en')).en;
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang]?.[key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

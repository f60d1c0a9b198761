// How a source is named: its publisher first (in the reader's language where the data gives it), and a link
// that says what it is: a copy on GitHub is called so, never by the repository's name.
import type { Source } from '../core/data/types';
import { t, type Lang } from './messages';
import './lazyMessages';

export function publisherName(lang: Lang, source: Source): string {
  return lang === 'en' && source.publisherEn ? source.publisherEn : source.publisher;
}

/** The words of a source's link. */
export function sourceLinkLabel(lang: Lang, source: Source): string {
  return source.kind === 'github' ? t(lang, 'copyOnGithub') : source.url;
}

/** Only web addresses become links: a data file is no place for a javascript: URL to hide. */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

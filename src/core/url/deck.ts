// A slide deck: an ordered list of views (URL states) with optional titles. It travels as JSON (export,
// import) and as one compact URL parameter (`deck`), so a whole talk is one shareable link. A deck that
// cannot be used says why, as a code the UI words in both languages (i18n/linkNotices.ts).
import { decodeViewState, encodeViewState } from './state';
import { MAX_DECK_CHARS, MAX_SLIDE_SEARCH, MAX_SLIDE_TITLE, MAX_SLIDES } from './limits';

export { MAX_DECK_CHARS, MAX_SLIDE_SEARCH, MAX_SLIDE_TITLE, MAX_SLIDES } from './limits';

export interface Slide {
  /** The view's query string, without `deck`, `slide` and `present`. */
  search: string;
  title: string;
}

export interface Deck {
  version: 1;
  slides: Slide[];
}

const OWN_PARAMS = ['deck', 'slide', 'present'];

/** Why a deck cannot be used; `slide` is 1-based. */
export type DeckError =
  | { reason: 'unreadable' | 'not-a-list' | 'not-an-object' | 'file-too-large' }
  | { reason: 'not-json'; message: string }
  | { reason: 'version'; version: string }
  | { reason: 'too-long'; chars: number; max: number }
  | { reason: 'too-many-slides'; count: number; max: number }
  | { reason: 'slide-not-an-object' | 'slide-title'; slide: number }
  | { reason: 'slide-search'; slide: number; max: number };

/** A deck, and the slides (1-based) with a value not used as given: a view's value reset to its default, a title cut. */
export type DeckResult = { deck: Deck; repaired?: number[] } | { error: DeckError };

/** A slide's view, without the deck's own parameters, as the app writes it; `repaired` when a value was reset. */
export function readSlide(search: string): { search: string; repaired: boolean } {
  const params = new URLSearchParams(search);
  for (const name of OWN_PARAMS) params.delete(name);
  const { state, notices } = decodeViewState(`?${params.toString()}`);
  return { search: encodeViewState({ ...state, deck: null, slide: null, present: false }), repaired: notices.length > 0 };
}

export function slideSearch(search: string): string {
  return readSlide(search).search;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** A title as the link carries it: whole code points (a lone surrogate would not survive UTF-8), at most MAX_SLIDE_TITLE. */
function titleOf(text: string): string {
  return Array.from(text.slice(0, 2 * MAX_SLIDE_TITLE).replace(/\p{Cs}/gu, '\uFFFD')).slice(0, MAX_SLIDE_TITLE).join('');
}

/** Checks a parsed JSON value and returns a deck, or the reason it is not one. */
export function validateDeck(value: unknown): DeckResult {
  if (typeof value !== 'object' || value === null) return { error: { reason: 'not-an-object' } };
  const { version, slides } = value as { version?: unknown; slides?: unknown };
  if (version !== 1) return { error: { reason: 'version', version: String(JSON.stringify(version)).slice(0, 20) } };
  if (!Array.isArray(slides)) return { error: { reason: 'not-a-list' } };
  if (slides.length > MAX_SLIDES) return { error: { reason: 'too-many-slides', count: slides.length, max: MAX_SLIDES } };
  const clean: Slide[] = [];
  const repaired: number[] = [];
  for (const [i, slide] of slides.entries()) {
    if (typeof slide !== 'object' || slide === null) return { error: { reason: 'slide-not-an-object', slide: i + 1 } };
    const { search, title } = slide as { search?: unknown; title?: unknown };
    if (typeof search !== 'string' || search.length > MAX_SLIDE_SEARCH) return { error: { reason: 'slide-search', slide: i + 1, max: MAX_SLIDE_SEARCH } };
    if (title !== undefined && typeof title !== 'string') return { error: { reason: 'slide-title', slide: i + 1 } };
    const read = readSlide(search);
    const shortTitle = titleOf(title ?? '');
    if (read.repaired || (title !== undefined && shortTitle !== title)) repaired.push(i + 1);
    clean.push({ search: read.search, title: shortTitle });
  }
  return { deck: { version: 1, slides: clean }, ...(repaired.length && { repaired }) };
}

export function encodeDeck(deck: Deck): string {
  return toBase64Url(JSON.stringify(deck.slides.map((s) => (s.title ? [s.search.replace(/^\?/, ''), s.title] : [s.search.replace(/^\?/, '')]))));
}

export function decodeDeck(param: string): DeckResult {
  if (param.length > MAX_DECK_CHARS) return { error: { reason: 'too-long', chars: param.length, max: MAX_DECK_CHARS } };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(param));
  } catch {
    return { error: { reason: 'unreadable' } };
  }
  if (!Array.isArray(raw)) return { error: { reason: 'not-a-list' } };
  return validateDeck({
    version: 1,
    slides: raw.map((entry) => (Array.isArray(entry) ? { search: `?${String(entry[0] ?? '')}`, title: entry[1] } : entry)),
  });
}

export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

export function deckFromJson(text: string): DeckResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: { reason: 'not-json', message: (error instanceof Error ? error.message : String(error)).slice(0, 200) } };
  }
  return validateDeck(value);
}

export function moveSlide(deck: Deck, from: number, to: number): Deck {
  const slides = [...deck.slides];
  if (from < 0 || from >= slides.length || to < 0 || to >= slides.length) return deck;
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

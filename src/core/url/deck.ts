// A slide deck: an ordered list of views (URL states) with optional titles. It travels as JSON (export,
// import) and as one compact URL parameter (`deck`), so a whole talk is one shareable link.
import { decodeViewState, encodeViewState } from './state';

export interface Slide {
  /** The view's query string, without `deck`, `slide` and `present`. */
  search: string;
  title: string;
}

export interface Deck {
  version: 1;
  slides: Slide[];
}

export const MAX_SLIDES = 60;
const OWN_PARAMS = ['deck', 'slide', 'present'];

export function slideSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of OWN_PARAMS) params.delete(name);
  const { state } = decodeViewState(`?${params.toString()}`);
  return encodeViewState({ ...state, deck: null, slide: null, present: false });
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

/** Checks a parsed JSON value and returns a deck, or the reason it is not one. */
export function validateDeck(value: unknown): { deck: Deck } | { error: string } {
  if (typeof value !== 'object' || value === null) return { error: 'not an object' };
  const { version, slides } = value as { version?: unknown; slides?: unknown };
  if (version !== 1) return { error: `unsupported deck version ${JSON.stringify(version)}` };
  if (!Array.isArray(slides)) return { error: '"slides" is not a list' };
  if (slides.length > MAX_SLIDES) return { error: `more than ${MAX_SLIDES} slides` };
  const clean: Slide[] = [];
  for (const [i, slide] of slides.entries()) {
    if (typeof slide !== 'object' || slide === null) return { error: `slide ${i + 1} is not an object` };
    const { search, title } = slide as { search?: unknown; title?: unknown };
    if (typeof search !== 'string' || search.length > 2000) return { error: `slide ${i + 1} has no valid "search"` };
    if (title !== undefined && typeof title !== 'string') return { error: `slide ${i + 1} has a title that is not text` };
    clean.push({ search: slideSearch(search), title: String(title ?? '').slice(0, 200) });
  }
  return { deck: { version: 1, slides: clean } };
}

export function encodeDeck(deck: Deck): string {
  return toBase64Url(JSON.stringify(deck.slides.map((s) => (s.title ? [s.search.replace(/^\?/, ''), s.title] : [s.search.replace(/^\?/, '')]))));
}

export function decodeDeck(param: string): { deck: Deck } | { error: string } {
  try {
    const raw = JSON.parse(fromBase64Url(param)) as unknown;
    if (!Array.isArray(raw)) return { error: 'not a list of slides' };
    return validateDeck({
      version: 1,
      slides: raw.map((entry) => (Array.isArray(entry) ? { search: `?${String(entry[0] ?? '')}`, title: entry[1] } : entry)),
    });
  } catch {
    return { error: 'the deck parameter is not readable' };
  }
}

export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

export function deckFromJson(text: string): { deck: Deck } | { error: string } {
  try {
    return validateDeck(JSON.parse(text));
  } catch (error) {
    return { error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function moveSlide(deck: Deck, from: number, to: number): Deck {
  const slides = [...deck.slides];
  if (from < 0 || from >= slides.length || to < 0 || to >= slides.length) return deck;
  const [moved] = slides.splice(from, 1);
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

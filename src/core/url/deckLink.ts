// The link that shares a deck (its own module: only the export chunk needs it, not the first screen).
import type { Lang } from '../names';
import { decodeViewState, encodeViewState } from './state';
import { encodeDeck, type Deck } from './deck';

/**
 * The link that shares a deck, built from the deck alone (never from the address bar): slide `index`'s own
 * view, the deck, `slide=index`, `present=1`, in the sharer's language.
 */
export function deckLink(deck: Deck, index: number, lang: Lang): string {
  const slide = deck.slides[index];
  const own = slide ? decodeViewState(slide.search).state : decodeViewState('').state;
  return encodeViewState({ ...own, lang, deck: encodeDeck(deck), slide: slide ? index : null, present: true });
}

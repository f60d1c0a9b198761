// A link read in full: each parameter on its own (state.ts), then what only parameters together can tell
// (the deck and its slide number, `from` before `year`). Every value dropped or changed says so in a
// notice; the data's own checks follow once it is loaded (core/view/reconcile.ts). The first screen reads
// a link without the deck's checks (read.ts); the app checks a deck with this module, loaded only then. Pure.
import { decodeDeck, encodeDeck, type DeckError } from './deck';
import { checkFrom, checkSlide, readChecked } from './read';
import { decodeViewState, LINK, type UrlNotice, type ViewState } from './state';

export { checkFrom } from './read';

/** A deck's error as a notice's detail (plain strings). */
function deckDetail(error: DeckError): Record<string, string> {
  return Object.fromEntries(Object.entries(error).map(([key, value]) => [key, String(value)]));
}

/**
 * The deck and slide of a view: a deck that cannot be used is dropped (and its slide number with it), a
 * slide beyond the deck becomes its last slide, a slide without a deck is dropped; each with a notice.
 */
export function checkDeck(state: Pick<ViewState, 'deck' | 'slide'>): { patch: Partial<ViewState>; notices: UrlNotice[] } {
  const { deck, slide } = state;
  if (deck === null) return checkSlide(state);
  const decoded = decodeDeck(deck);
  if ('error' in decoded) {
    return { patch: { deck: null, slide: null }, notices: [{ param: 'deck', value: deck, problem: 'deck', detail: deckDetail(decoded.error) }] };
  }
  const notices: UrlNotice[] = [];
  const patch: Partial<ViewState> = {};
  const total = decoded.deck.slides.length;
  if (total === 0) {
    patch.deck = null;
    patch.slide = null;
    return { patch, notices };
  }
  // The deck as the app writes it (slides' views normalized, titles cut): a link read back says nothing new.
  const normalized = encodeDeck(decoded.deck);
  if (normalized !== deck) patch.deck = normalized;
  if (slide !== null && slide >= total) {
    patch.slide = total - 1;
    notices.push({ param: 'slide', value: String(slide), problem: 'slide', detail: { total: String(total) } });
  }
  if (decoded.repaired) notices.push({ param: 'deck', value: deck, problem: 'deck', detail: { slides: decoded.repaired.join(', ') } });
  return { patch, notices };
}

/** What a shared deck link keeps of its own parameters when it opens a slide: the viewer's language and the deck's own. */
const KEPT_BY_SLIDE = new Set(['v', 'lang', 'deck', 'slide', 'present', LINK]);

/**
 * A link that names a slide of its deck opens that slide's own view (view, metric, year, edition, selection…):
 * the slide wins over the link's other parameters, except `lang` (the viewer's language stays) and the deck's
 * own parameters. Their notices go with them (a value the slide replaces is not worth a word).
 */
export function openSlide(state: ViewState, notices: UrlNotice[]): { state: ViewState; notices: UrlNotice[] } {
  if (state.deck === null || state.slide === null) return { state, notices };
  const decoded = decodeDeck(state.deck);
  const slide = 'deck' in decoded ? decoded.deck.slides[state.slide] : undefined;
  if (!slide) return { state, notices };
  const own = decodeViewState(slide.search).state;
  return {
    state: { ...own, v: state.v, lang: state.lang, deck: state.deck, slide: state.slide, present: state.present },
    notices: notices.filter((notice) => KEPT_BY_SLIDE.has(notice.param)),
  };
}

/**
 * Reads a link's query string: a view state that is whole, and a notice for each value not used as given.
 * `opening`: the page opens on this link (not Back/Forward through the app's own history), so a slide it
 * names is opened whole (openSlide). The app itself reads in two steps (read.ts, then checkDeck and
 * openSlide once this module is loaded); this is the whole of it, for tests and tools.
 */
export function readLink(search: string, { opening = false } = {}): { state: ViewState; notices: UrlNotice[] } {
  const read = readChecked(search, [checkDeck, checkFrom]);
  return opening ? openSlide(read.state, read.notices) : read;
}

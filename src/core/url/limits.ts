// How much of a link the app reads: one place for the limits, as the deck's size bounds the link's.
// Pure constants; state.ts and deck.ts re-export what their callers use.

export const MAX_SLIDES = 60;
/** A slide's view as a query string: the longest the app writes (a 200-character Vietnamese search alone is 1,800) fits. */
export const MAX_SLIDE_SEARCH = 4000;
export const MAX_SLIDE_TITLE = 200;
/**
 * The longest `deck` parameter read: MAX_SLIDES slides of the longest view and title (a title character is
 * at most 6 bytes of JSON), in base64.
 */
export const MAX_DECK_CHARS = Math.ceil((MAX_SLIDES * (MAX_SLIDE_SEARCH + 6 * MAX_SLIDE_TITLE + 16) * 4) / 3);
/** The longest query string read: the longest deck and room for the view; the rest is ignored, with one notice. */
export const MAX_SEARCH_CHARS = MAX_DECK_CHARS + 16_384;
/** Numbers in a link are finite and at most this large: a year, a slide, an area in ha, a price, km. */
export const MAX_URL_NUMBER = 1e9;
/** The zone search text is at most this long. */
export const MAX_QUERY_CHARS = 200;

// English messages about a link that says something the app cannot use as given, and about decks.
import type { links as vi } from '../vi/links';

export const links: Record<keyof typeof vi, string> = {
  linkGivenTimes: '(the parameter is given {count} times)',
  linkRepeated: 'Parameter "{name}" is given {count} times with different values; the first ("{value}") is used.',
  linkCut: 'The value of parameter "{name}" is longer than {chars} characters; only the first {chars} are used.',
  linkTooLong: 'The link is {length} characters long; only its first {read} were read, the rest is ignored.',
  linkCompareUnknown: 'There is no province with code {codes} on this map; left out of the comparison.',
  linkNamesMore: 'and {n} more',
  linkCompareDropped: 'At most {max} provinces can be compared; the {dropped} after them were left out.',
  linkFromAfterYear: 'The earlier year ("from" = {value}) is not before {year}; the latest earlier year is used.',
  linkSlideBeyond: 'There is no slide {n}: the deck has {total}; the last slide is shown.',
  linkSlideNoDeck: 'A slide number ({n}) without a deck; ignored.',
  linkDeckRepaired: 'Slides {slides} of the deck had values that could not be used as given (unreadable or too long); defaults or shortened values are used there.',
  linkDeck: 'The slide deck in the link cannot be used: {reason}.',
  deckUnreadable: 'it is not readable (damaged or cut short)',
  deckTooLong: 'it is {chars} characters long, more than {max}',
  deckTooManySlides: 'it has {count} slides, more than {max}',
  deckNotAList: 'it is not a list of slides',
  deckNotAnObject: 'it is not a deck',
  deckVersion: 'deck version {version} is not supported',
  deckSlideNotAnObject: 'slide {slide} is not a slide',
  deckSlideSearch: 'slide {slide} has no view, or one longer than {max} characters',
  deckSlideTitle: 'slide {slide} has a title that is not text',
  deckFileTooLarge: 'the file is larger than 1 MB',
  deckNotJson: 'not JSON ({message})',
  deckFull: 'The deck has {max} slides, as many as a deck can hold.',
};

// Finds English left in a Vietnamese message. Vietnamese words carry diacritics almost always; the
// exceptions that occur in messages (acronyms, units, file formats, key names, a few syllables) are
// listed. A message is suspect when it holds an English function word, or when nothing in it is
// Vietnamese at all.

/** Words a Vietnamese message may hold as they are (lower case). */
const KEPT = new Set([
  // acronyms and names
  'kcn', 'kkt', 'kcx', 'kcnc', 'fdi', 'gso', 'vcci', 'iip', 'bsh', 'vsip', 'atlas', 'openstreetmap',
  // units and file formats
  'usd', 'km', 'ha', 'mb', 'csv', 'json', 'png', 'svg', 'utf',
  // keys
  'esc', 'space', 'enter', 'shift',
  // the import file's column names (CONTRACTS.md)
  'edition', 'code', 'year', 'period', 'scope', 'metric', 'value', 'unit', 'note',
  // Vietnamese syllables without diacritics, in messages that have no other Vietnamese word
  'trong', 'trang',
]);

/** English words that are no Vietnamese syllable (so "an", "do", "so", "to", "than" are not here). */
const ENGLISH = new Set([
  'the', 'of', 'and', 'is', 'are', 'was', 'were', 'be', 'been', 'with', 'from', 'for', 'this', 'that', 'these',
  'those', 'not', 'your', 'you', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'which', 'when', 'where',
  'what', 'who', 'there', 'their', 'they', 'its', 'or', 'by', 'into', 'shown', 'show', 'data', 'all', 'each',
  'every', 'only', 'more', 'click', 'please', 'here', 'missing', 'loading', 'error', 'yes', 'none', 'open', 'close',
]);

const hasVietnameseLetter = (word: string) => /[^\u0000-\u007f]/.test(word);

/** The English words of a Vietnamese message (empty when there are none). */
export function englishIn(message: string): string[] {
  const words = message.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];
  const plain = words.filter((word) => !hasVietnameseLetter(word) && word.length > 1 && !KEPT.has(word.toLowerCase()));
  const english = plain.filter((word) => ENGLISH.has(word.toLowerCase()));
  if (english.length) return english;
  return words.some(hasVietnameseLetter) ? [] : plain;
}

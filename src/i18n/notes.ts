// A data note (the `note` of data/*.csv: fixed English phrases our refresh writes, joined by "; ") in the
// reader's language, part by part. A part the Vietnamese table cannot say stays in English and is marked
// so (lang="en"), never dropped. Only the lazily loaded panels that show notes import this module: the
// table stays out of the first screen's JavaScript (test/unit/i18n/notes.test.ts checks it).
import type { Lang } from '../core/names';
import { NOTE_PHRASES_VI, NOTE_TEMPLATES_VI } from './vi/notes';

export interface NotePart {
  text: string;
  /** The language the part is written in: the reader's, or English when it has no translation. */
  lang: Lang;
}

export const NOTE_SEPARATOR = '; ';

/** The English parts of a note as the data stores them. */
export function splitNote(note: string): string[] {
  return note.split(NOTE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
}

/** One English part in Vietnamese, or null when neither the table nor a template says it. */
export function notePartVi(part: string): string | null {
  const phrase = NOTE_PHRASES_VI[part];
  if (phrase !== undefined) return phrase;
  for (const template of NOTE_TEMPLATES_VI) {
    const match = template.test.exec(part);
    if (!match) continue;
    const text = template.vi(match, notePartVi);
    if (text !== null) return text;
  }
  return null;
}

/** A note's parts in the reader's language, each saying which language it is in. */
export function noteParts(lang: Lang, note: string): NotePart[] {
  return splitNote(note).map((part) => {
    if (lang === 'en') return { text: part, lang: 'en' };
    const text = notePartVi(part);
    return text === null ? { text: part, lang: 'en' } : { text, lang };
  });
}

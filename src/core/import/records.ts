// A streaming RFC 4180 record reader: text arrives in chunks of any size (a chunk may end inside a quoted
// field, between `\r` and `\n`, or between the two quotes of an escaped quote) and records come out with the
// line each starts on. Memory is bounded: a record over `maxRecordChars` is dropped as soon as it passes the
// limit and reading resumes at the next line break (which also ends a runaway unterminated quote).

export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
  /** Longer than maxRecordChars: fields are empty, the content was not kept. */
  tooLong: boolean;
  /** The file ended inside a quoted field. */
  unterminatedQuote: boolean;
  /**
   * Where a quote that never closed opened: its line and the last line it swallowed (0 when none). Set when the
   * file ends inside quotes, and when a quoted cell spanning line breaks passes maxRecordChars (a missing `"`
   * that ran over the next lines, not a long line).
   */
  openQuote: { line: number; through: number } | null;
  /** Text followed a closing quote (`"ab"c`): kept as `abc`. */
  strayQuote: boolean;
}

export interface RecordReader {
  push(chunk: string): void;
  finish(): void;
  /** Physical lines started so far. */
  readonly lines: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  /** Outside quotes, at the start of a field. */
  FieldStart,
  /** Outside quotes, inside a field. */
  Unquoted,
  Quoted,
  /** Saw `"` inside a quoted field: an escaped quote if the next char is `"`, else the closing quote. */
  QuoteInQuoted,
  /** Dropping an over-long record until the next line break. */
  Skipping,
}

export function createRecordReader(
  delimiter: string,
  maxRecordChars: number,
  onRecord: (record: RawRecord) => void,
): RecordReader {
  const delim = delimiter.charCodeAt(0);
  let state = State.FieldStart;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let line = 1;
  let recordChars = 0;
  let strayQuote = false;
  let afterClosingQuote = false;
  /** Line where the quoted field being read opened. */
  let quoteLine = 0;
  /** A quote still open when the record passed the limit (reported instead of a long line). */
  let runaway: RawRecord['openQuote'] = null;
  /** The previous char was a record-ending `\r`: a following `\n` belongs to it. */
  let pendingCr = false;

  const reset = () => {
    fields = [];
    field = '';
    recordChars = 0;
    strayQuote = false;
    afterClosingQuote = false;
    runaway = null;
    state = State.FieldStart;
  };
  const emit = (tooLong: boolean, unterminatedQuote: boolean) => {
    if (!tooLong) fields.push(field);
    const openQuote = unterminatedQuote ? { line: quoteLine, through: line } : runaway && { ...runaway, through: line };
    onRecord({ line: recordLine, fields: tooLong ? [] : fields, tooLong, unterminatedQuote, strayQuote, openQuote });
    reset();
  };

  function push(chunk: string): void {
    const n = chunk.length;
    // Start of the run of plain characters not yet copied into `field` (-1: none).
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0) {
        field += chunk.slice(run, end);
        run = -1;
      }
    };
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === LF) continue;
      }
      if (state === State.Skipping) {
        if (c === LF || c === CR) {
          emit(true, false);
          line++;
          recordLine = line;
          pendingCr = c === CR;
        }
        continue;
      }
      // Line breaks do not count towards the limit (a row of exactly maxRecordChars plus `\r\n` is fine).
      if (c !== LF && c !== CR && ++recordChars > maxRecordChars) {
        // Inside a quote that already ran over a line break, the cause is the quote, not the line's length.
        if (state === State.Quoted && line > quoteLine) runaway = { line: quoteLine, through: line };
        run = -1;
        fields = [];
        field = '';
        state = State.Skipping;
        i--; // look at this char again in skipping mode (it may be the line break that ends the record)
        recordChars = Number.NEGATIVE_INFINITY; // never counts again until reset
        continue;
      }
      if (state === State.QuoteInQuoted) {
        if (c === QUOTE) {
          field += '"';
          state = State.Quoted;
          continue;
        }
        state = State.Unquoted;
        afterClosingQuote = true;
        // fall through: the char after a closing quote is read outside quotes
      }
      if (state === State.Quoted) {
        if (c === QUOTE) {
          flush(i);
          state = State.QuoteInQuoted;
        } else {
          if (c === LF) line++;
          if (run < 0) run = i;
        }
        continue;
      }
      if (c === delim) {
        flush(i);
        fields.push(field);
        field = '';
        afterClosingQuote = false;
        state = State.FieldStart;
      } else if (c === LF || c === CR) {
        flush(i);
        emit(false, false);
        line++;
        recordLine = line;
        pendingCr = c === CR;
      } else if (c === QUOTE && state === State.FieldStart) {
        state = State.Quoted;
        quoteLine = line;
      } else {
        if (afterClosingQuote) strayQuote = true;
        if (run < 0) run = i;
        state = State.Unquoted;
      }
    }
    flush(n);
  }

  function finish(): void {
    if (state === State.Skipping) emit(true, false);
    else if (state === State.Quoted) emit(false, true);
    else if (state !== State.FieldStart || fields.length > 0 || field !== '') emit(false, false);
    pendingCr = false;
  }

  return {
    push,
    finish,
    get lines() {
      return line;
    },
  };
}

/** The delimiter of a header line: `;` when it has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(firstLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  for (let i = 0; i < firstLine.length; i++) {
    const ch = firstLine[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ',') commas++;
    else if (!inQuotes && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

// Turn the gatherers' notes into flags and a short note in our own words.
// Only fixed phrases are ever written: no text of the gathered notes (which may quote a source) is copied.

export interface Annotation {
  flags: Set<string>;
  notes: string[];
}

interface Rule {
  test: RegExp;
  flag?: string;
  note?: string;
}

const RULES: Rule[] = [
  { test: /POST-MERGER/, flag: 'post-merger', note: 'describes the merged province (from 1 Jul 2025)' },
  { test: /lower bound|\('(trên|hơn)'\)|rank <=/i, flag: 'lower-bound' },
  { test: /\bapprox|\(gần\)|'gần'|nearly/i, flag: 'approx' },
  { test: /estimate|\(ước\)|dự kiến|'Est\./i, flag: 'estimate' },
  { test: /preliminary|'Prel\./i, flag: 'preliminary' },
  { test: /year not printed|year inferred|inferred year|year not specified/i, flag: 'inferred-year' },
  { test: /COMPUTED/, flag: 'computed', note: "the compiler's sum of stated figures, not a stated figure" },
  { test: /scope ambiguous|scope may differ|wording says province|wording is province|scope per HEZA|province wording/i, flag: 'scope-ambiguous' },
  { test: /CONFLICT|CONTRADICTS|conflicts with/i, flag: 'conflict' },
  { test: /original yearbook vintage/i, flag: 'revised', note: 'original yearbook vintage, superseded by the revised NSO series' },
  { test: /CONFLICT: earlier yearbook edition/i, flag: 'revised', note: 'earlier yearbook edition' },
  { test: /scaled x1000|trillion|billion→million|nghìn tỷ|triệu tỷ|\bx1000\b/i, note: "rescaled by a power of ten to the metric's unit" },
  { test: /FDI\+DDI/, note: 'FDI and DDI combined' },
  { test: /\b(USD|VND) part\b/, note: 'one currency part of a mixed FDI/DDI figure' },
  { test: /cumulative \(all-time\) rank/i, note: 'cumulative (all-time) rank, not the rank of the year' },
  { test: /rank implied by listing order/i, note: 'rank implied by the order of a list' },
  { test: /pre-merger province in the NSO table/i, note: 'NSO value still labelled with the pre-merger province' },
  { test: /revised series \(post-/i, note: 'revised post-2019-census series' },
  { test: /no share-purchase column/i, note: '2015 table: total is new plus additional capital' },
  { test: /representation change only/i, note: 'growth = published index minus 100' },
  { test: /ODV = FIA end-|CONFLICT with FIA quick-report file value/i, note: 'compiled copy of the FIA table with an earlier cut-off' },
  { test: /^(plan|planned)\b|\bplan (to|per|20)|master plan/i, note: 'plan or target figure' },
  { test: /new registrations only|IRC issuance\/adjustment only/i, note: 'new registrations only' },
  { test: /incl\. share purchases/i, note: 'includes share purchases' },
  { test: /excludes US\$[\d.,]+m share purchases/i, note: 'excludes share purchases' },
  { test: /probable source typo/i, note: 'probable typo in the source' },
  { test: /full calendar year \d{4} \(NSO/i, note: 'NSO full calendar year' },
  { test: /provincial (estimate|figure)|city (estimate|figure)|city \(UBND\) estimate/i, note: 'provincial or city figure' },
];

export function annotate(rawNotes: string): Annotation {
  const flags = new Set<string>();
  const notes: string[] = [];
  for (const rule of RULES) {
    if (!rule.test.test(rawNotes)) continue;
    if (rule.flag) flags.add(rule.flag);
    if (rule.note && !notes.includes(rule.note)) notes.push(rule.note);
  }
  const fia = /FIA year-to-date figure \((\d{2})\/(\d{2})\/(\d{4}) đến (\d{2})\/(\d{2})\/(\d{4})\)/.exec(rawNotes);
  if (fia) {
    flags.add('fy-to-20-dec');
    notes.push(`FIA year-end table, ${fia[3]}-${fia[2]}-${fia[1]} to ${fia[6]}-${fia[5]}-${fia[4]}`);
  }
  const edition = /from the (\d{4}) edition of the provincial statistical yearbook/.exec(rawNotes);
  if (edition) notes.push(`${edition[1]} yearbook edition`);
  return { flags, notes };
}

/** A stock date stated in a note, e.g. `stock as of 20/12/2023` → `2023-12-20`. */
export function stockDateFromNotes(rawNotes: string): string {
  const m = /(?:stock(?: of valid projects)? as of|đến) (\d{2})\/(\d{2})\/(\d{4})/.exec(rawNotes);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

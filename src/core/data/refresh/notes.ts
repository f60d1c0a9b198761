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

// "as_of approximate", "source_date approximate", "page date inferred": about the date, not the value.
const DATE_QUALIFIERS = /\b(as_of|source_date|page date|publication (date|year))( and (as_of|source_date))?( =[^;|]*?)?( approximate| inferred|\s*\(approximate\)| INFERRED)/gi;

const RULES: Rule[] = [
  { test: /POST-MERGER/, flag: 'post-merger', note: 'describes the merged province (from 1 Jul 2025)' },
  { test: /lower bound|\(['"]?(trên|hơn|over|plus de|more than)['"]?\)|rank <=/i, flag: 'lower-bound' },
  { test: /\bapprox\b|\bapproximate \(|APPROXIMATE|\(gần\)|'gần'|\bnearly\b|\(près de\)|'khoảng'|\(khoảng\)/i, flag: 'approx' },
  { test: /estimate|\(ước\)|dự kiến|'Est\./i, flag: 'estimate' },
  { test: /preliminary|'Prel\./i, flag: 'preliminary' },
  {
    test: /year not printed|year inferred|inferred year|year not specified|\b(19|20)\d\d inferred|\(inferred\)|publication year inferred/i,
    flag: 'inferred-year',
  },
  { test: /\b(as_of|source_date and as_of|as_of and source_date) (is )?approximate|as_of = [^;]*\(approximate\)|as_of INFERRED|as_of set to|page date inferred|publication year inferred/i, flag: 'approx-date' },
  { test: /COMPUTED/, flag: 'computed', note: "the compiler's sum of stated figures, not a stated figure" },
  { test: /scope ambiguous|scope may differ|wording says province|wording is province|scope per HEZA|province wording/i, flag: 'scope-ambiguous' },
  {
    test: /territorial coverage[^;]*not stated|whether H1 figures include former/i,
    flag: 'territory-ambiguous', note: 'whether it covers the former or the merged province is not stated',
  },
  { test: /incl\.? (any )?'Dầu khí'|includes Dầu khí/, flag: 'incl-offshore', note: 'includes the offshore oil and gas line' },
  { test: /CONFLICT|CONTRADICTS|conflicts with/i, flag: 'conflict' },
  { test: /original yearbook vintage/i, flag: 'revised', note: 'original yearbook vintage, superseded by the revised NSO series' },
  { test: /CONFLICT: earlier yearbook edition/i, flag: 'revised', note: 'earlier yearbook edition' },
  { test: /scaled x1000|trillion|billion→million|nghìn tỷ|triệu tỷ|\bx1000\b/i, note: "rescaled by a power of ten to the metric's unit" },
  { test: /FDI ?\+ ?DDI/, note: 'FDI and DDI combined' },
  { test: /\b(USD|VND) (part|component)\b/, note: 'one currency part of a mixed FDI/DDI figure' },
  { test: /cumulative \(all-time\) rank/i, note: 'cumulative (all-time) rank, not the rank of the year' },
  { test: /rank implied by listing order/i, note: 'rank implied by the order of a list' },
  { test: /pre-merger province in the NSO table/i, note: 'NSO value still labelled with the pre-merger province' },
  { test: /revised series \(post-/i, note: 'revised post-2019-census series' },
  // Counted otherwise than the metric defines it (metrics.csv): never compared with a value counted as defined.
  { test: /no share-purchase column/i, flag: 'excl-share-purchases', note: '2015 table: total is new plus additional capital' },
  { test: /representation change only/i, note: 'growth = published index minus 100' },
  { test: /ODV = FIA end-|CONFLICT with FIA quick-report file value/i, note: 'compiled copy of the FIA table with an earlier cut-off' },
  { test: /^(plan|planned)\b|\bplan (to|per|20|target)|master plan|target for \d{4}/i, note: 'plan or target figure' },
  { test: /new registrations only|IRC issuance\/adjustment only/i, note: 'new registrations only' },
  { test: /incl\. share purchases/i, flag: 'incl-share-purchases', note: 'includes share purchases' },
  { test: /excludes US\$[\d.,]+m share purchases/i, note: 'excludes share purchases' },
  { test: /probable source typo/i, note: 'probable typo in the source' },
  { test: /full calendar year \d{4} \(NSO/i, note: 'NSO full calendar year' },
  { test: /provincial (estimate|figure)|city (estimate|figure)|city \(UBND\) estimate/i, note: 'provincial or city figure' },
  // Seeds (seed-metrics.csv `notes`).
  { test: /^re-keyed/i, note: "re-keyed: a running total of implemented capital, which the report words as the year's disbursement" },
  { test: /stated as the year's disbursement/i, note: "stated as the year's disbursement; the report's share of registered capital is not carried (it cannot hold for one year)" },
  { test: /basis: planned land/i, note: 'occupancy of planned land' },
  { test: /basis: land recovered/i, note: 'occupancy of recovered (cleared) land' },
  // Later passes (metrics-2024.csv, metrics-gaps.csv, province-stats-national.csv).
  { test: /source_date approximate|source_date and as_of approximate|publication date not (shown|in)/i, note: 'publication date approximate' },
  { test: /\bpre-merger\b(?! province in the NSO)|(?<!incl\. )\bformer (Bắc Ninh|Hải Dương|Hưng Yên|Vĩnh Phúc|Hải Phòng|Nam Định|Hà Nam|Thái Bình)\b/, note: 'the former province (its territory before the 1 July 2025 merger)' },
  { test: /Jan–Jun part (covers|presumably)/, note: 'whether the months before the merger cover every former province is not stated' },
  { test: /national total row|national total\b/i, note: 'national total row of the table' },
  { test: /'Dầu khí' = offshore/, note: 'offshore oil and gas projects: a line of the FIA table, not a province' },
  { test: /(STT|TT) counts the 'Dầu khí'/, note: 'the row number counts the offshore oil and gas line listed above it' },
  { test: /numbering skips TT (\d+)/, note: 'the table numbering skips a number, so this row number is one above its position' },
  { test: /listed last in the source table regardless/, note: 'listed last regardless of capital: this row number is not a capital rank' },
  { test: /source ordering anomaly/, note: 'the table order disagrees with the capital here' },
  { test: /negative as published/i, note: 'negative as published (capital reductions exceed new capital)' },
  { test: /rank among 34 provinces|rank on the 34-province map/i, note: 'rank on the 34-province map' },
  { test: /\bIZ ?\+ ?EZ\b|\bEZ ?\+ ?IZ\b|IZ\/EZ \(KCN, KKT\)/, note: 'industrial and economic zones together' },
  { test: /\bIZ only\b/, note: 'industrial zones only (the economic zone excluded)' },
  { test: /low-trust repost|repost/i, note: 'a repost of a press item: low trust' },
  { test: /machine-translated/i, note: 'machine-translated text' },
  { test: /valid status (not stated|implied)|cumulative attracted|valid not stated/i, note: 'cumulative projects attracted; validity not stated' },
  { test: /FDI enterprises (in IZs )?only/i, note: 'FDI enterprises only' },
  { test: /not the NSO series/i, note: 'not the official NSO series' },
  { test: /mirror of/i, note: 'read from a mirror of the original page' },
  { test: /period (by|from) context|\(11M by context\)|period word 5M by publication month|filed as 9M/i, note: 'period read from the context of the report' },
];

export function annotate(rawNotes: string): Annotation {
  const flags = new Set<string>();
  const notes: string[] = [];
  // Date qualifiers must not mark the value itself as approximate.
  const valueNotes = rawNotes.replace(DATE_QUALIFIERS, ' ');
  for (const rule of RULES) {
    const text = rule.flag === 'approx' || rule.flag === 'inferred-year' ? valueNotes : rawNotes;
    if (!rule.test.test(text)) continue;
    if (rule.flag) flags.add(rule.flag);
    if (rule.note && !notes.includes(rule.note)) notes.push(rule.note);
  }
  const fia = /FIA year-to-date figure \((\d{2})\/(\d{2})\/(\d{4}) đến (\d{2})\/(\d{2})\/(\d{4})\)/.exec(rawNotes);
  if (fia) {
    flags.add('fy-to-20-dec');
    notes.push(`FIA year-end table, ${fia[3]}-${fia[2]}-${fia[1]} to ${fia[6]}-${fia[5]}-${fia[4]}`);
  }
  const quick = /FIA quick report (\d{2})\/(\d{2})[–-](\d{2})\/(\d{2})\/(\d{4})/.exec(rawNotes);
  if (quick) notes.push(`FIA quick report, ${quick[5]}-${quick[2]}-${quick[1]} to ${quick[5]}-${quick[4]}-${quick[3]}`);
  const listed = /\(of (\d+) localities/.exec(rawNotes);
  if (listed) notes.push(`rank = row number in the table (${listed[1]} localities listed)`);
  const edition = /from the (\d{4}) edition of the provincial statistical yearbook/.exec(rawNotes);
  if (edition) notes.push(`${edition[1]} yearbook edition`);
  return { flags, notes };
}

/** A stock date stated in a note, e.g. `stock as of 20/12/2023` → `2023-12-20`. */
export function stockDateFromNotes(rawNotes: string): string {
  const m = /(?:stock(?: of valid projects)? as of|đến) (\d{2})\/(\d{2})\/(\d{4})/.exec(rawNotes);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

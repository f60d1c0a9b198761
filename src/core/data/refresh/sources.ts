// The source registry: one row per cited reference (URL, GitHub file, seed document, index-only file).
import { citationOf } from '../citation';
import { shortId } from '../hash';
import type { Tier } from '../types';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  /** The publisher's English name where the curation gives one (official bodies), else empty. */
  publisher_en: string;
  url: string;
  /** The official address a title names for a copied table (NSO: `original https://www.nso.gov.vn/…`). */
  official_url: string;
  citation: string;
  date: string;
  tier: Tier;
  kind: string;
}

interface RegistryRow extends SourceRow {
  refKey: string;
}

export interface TierRule {
  match: string;
  tier: string;
  publisher: string;
  publisher_en: string;
  title: string;
}

interface NormalRef {
  /** The key that curation rules match against (scheme and `www.` dropped). */
  key: string;
  url: string;
  kind: 'web' | 'github' | 'seed' | 'index';
  host: string;
}

const GITHUB_REF = /^([\w.-]+)\/([\w.-]+)@([0-9a-f]{7,40}):(.+)$/;
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

export function normaliseRef(raw: string): NormalRef {
  const ref = raw.trim().replace(/^github:/, '');
  const gh = GITHUB_REF.exec(ref);
  if (gh) {
    const [, owner, repo, commit, path] = gh;
    const encodedPath = path.split('/').map(encodeURIComponent).join('/');
    return { key: ref, url: `https://github.com/${owner}/${repo}/blob/${commit}/${encodedPath}`, kind: 'github', host: 'github.com' };
  }
  if (/^github-index-file:\d+$/.test(ref)) return { key: ref, url: '', kind: 'index', host: '' };
  if (SEED_FILE.test(ref)) return { key: `seed:${ref}`, url: '', kind: 'seed', host: '' };
  if (/^https?:\/\//i.test(ref)) {
    const key = ref.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
    const host = key.split(/[/?#]/)[0].toLowerCase();
    return { key, url: ref, kind: 'web', host };
  }
  throw new Error(`unrecognised source reference "${raw}"`);
}

function ruleMatches(rule: TierRule, ref: NormalRef): boolean {
  if (rule.match.startsWith('.')) return ref.host === rule.match.slice(1) || ref.host.endsWith(rule.match);
  return ref.key.startsWith(rule.match);
}

function bestRule(rules: TierRule[], ref: NormalRef, field: 'tier' | 'publisher' | 'publisher_en' | 'title'): string {
  let best = '';
  let bestLength = -1;
  for (const rule of rules) {
    if (!rule[field] || !ruleMatches(rule, ref)) continue;
    if (rule.match.length > bestLength) {
      best = rule[field];
      bestLength = rule.match.length;
    }
  }
  return best;
}

export class SourceRegistry {
  private byKey = new Map<string, RegistryRow>();
  private byRefKey = new Map<string, RegistryRow[]>();

  constructor(private rules: TierRule[]) {}

  /**
   * Register a reference with its title and date; returns the stable source id. `publisher` (a gatherer's
   * own column) is used only where no curation rule names one.
   */
  add(rawRef: string, title = '', date = '', publisher = ''): string {
    const ref = normaliseRef(rawRef);
    const cleanTitle = title.trim();
    const identity = `${ref.key}\u0001${cleanTitle}`;
    const existing = this.byKey.get(identity);
    if (existing) {
      if (date > existing.date) existing.date = date;
      return existing.id;
    }
    const tierText = bestRule(this.rules, ref, 'tier') || 'C';
    const tier = (tierText === 'D' ? 'C' : tierText) as Tier;
    const row: RegistryRow = {
      refKey: ref.key,
      id: shortId('src-', identity),
      title: cleanTitle || bestRule(this.rules, ref, 'title'),
      publisher: bestRule(this.rules, ref, 'publisher') || publisher.trim() || ref.host.replace(/^www\./, '') || ref.key,
      publisher_en: bestRule(this.rules, ref, 'publisher_en'),
      url: ref.url,
      official_url: officialUrlOf(cleanTitle),
      citation: '',
      date: date.trim(),
      tier,
      kind: ref.kind,
    };
    this.byKey.set(identity, row);
    const list = this.byRefKey.get(ref.key) ?? [];
    list.push(row);
    this.byRefKey.set(ref.key, list);
    return row.id;
  }

  /** A reference without a title of its own (zones, logistics): reuse a titled source with that address. */
  addUntitled(rawRef: string): string {
    return this.addReusing(rawRef, '', '');
  }

  /**
   * An article already cited under another title (the plans' titles add the publisher in brackets) stays one
   * source: reuse the titled source with that address, else register this one with its own title.
   */
  addReusing(rawRef: string, title: string, date: string): string {
    const ref = normaliseRef(rawRef);
    const titled = (this.byRefKey.get(ref.key) ?? []).filter((s) => s.title).sort((a, b) => (a.id < b.id ? -1 : 1));
    return titled.length > 0 ? titled[0].id : this.add(rawRef, title, date);
  }

  /** A registered source by id (tier, publisher, date), for choices made during the refresh. */
  get(id: string): SourceRow | undefined {
    for (const row of this.byKey.values()) if (row.id === id) return row;
    return undefined;
  }

  rows(): SourceRow[] {
    const out = [...this.byKey.values()].map(({ refKey, ...s }) => ({ ...s, citation: citationOf(s, refKey) }));
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** `… (tidy CSV on GitHub; original https://www.nso.gov.vn/en/px-web?pxid=E0201)` → the official address. */
function officialUrlOf(title: string): string {
  const m = /\boriginal (https?:\/\/[^\s)]+)/.exec(title);
  return m ? m[1] : '';
}


// A user's accepted rows as observations the engine can use beside the curated ones, marked as theirs.
import { shortId } from '../data/hash';
import type { Observation } from '../data/types';
import type { UserRow } from './types';
import { userRowKey } from './validate';

/** The flag every user-provided observation carries. */
export const USER_FLAG = 'user';
/** The source id of a user layer: user observations never point at a curated source. */
export const userSourceId = (layerId: string): string => `user:${layerId}`;

export function userObservations(rows: readonly UserRow[], layerId: string): Observation[] {
  const sourceId = userSourceId(layerId);
  return rows.map((row) => ({
    id: shortId('u-', `${sourceId}|${userRowKey(row)}`),
    edition: row.edition,
    code: row.code,
    year: row.year,
    period: row.period,
    scope: row.scope,
    metric: row.metric,
    value: row.value,
    sourceId,
    asOf: '',
    flags: [USER_FLAG],
    note: row.note,
  }));
}

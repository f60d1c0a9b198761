// The whole import in one call, for a text already in memory (tests, small files). Large files go through
// createImportSession in chunks; both give the same result.
import { createImportSession } from './session';
import type { ImportContext, ImportResult } from './types';

export function parseUserCsv(text: string, context: ImportContext): ImportResult {
  const session = createImportSession(context);
  session.push(text);
  return session.finish();
}

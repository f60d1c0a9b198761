// Import problems in the user's language (codes and params from src/core/import).
import { IMPORT_MESSAGES_EN } from '../core/import/messages';
import type { ImportProblem } from '../core/import/types';
import type { Lang } from './messages';
import { importProblems as VI } from './vi/importProblems';

export function importProblemText(lang: Lang, problem: ImportProblem): string {
  return (lang === 'vi' ? VI : IMPORT_MESSAGES_EN)[problem.code](problem.params);
}

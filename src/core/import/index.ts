// The import of a user's own figures: one entry point for the worker and the UI.
export * from './types';
export { parseUserCsv } from './parse';
export { createImportSession, type ImportSession } from './session';
export { userRowsToCsv, neutraliseFormula, formatImportValue } from './export';
export { importTemplateCsv, type ImportTemplateFiles, type CsvFile } from './template';
export { userObservations, userSourceId, USER_FLAG } from './observations';
export { formatImportProblem, IMPORT_MESSAGES_EN } from './messages';
export { userRowKey } from './validate';
export { checkStoredLayer, revisionOf, type StoredLayer, type StoredLayerCheck } from './stored';
export { checkValue, UNIT_RULES } from './plausibility';

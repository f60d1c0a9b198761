// Rewrite data/COVERAGE.md: observations per metric, unit and year.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageMarkdown } from '../src/core/data/coverage';
import { datasetFromTexts } from '../src/core/data/load';
import { projectRoot, readDataTexts } from './lib/data-files';

const markdown = coverageMarkdown(datasetFromTexts(readDataTexts()));
writeFileSync(join(projectRoot, 'data/COVERAGE.md'), markdown);
console.log(`data-report: wrote data/COVERAGE.md (${markdown.split('\n').length} lines)`);

// Validate data/: print every problem as `file:line: message`; exit 1 on any error (warnings do not fail).
import { formatProblem, validateData } from '../src/core/data/validate';
import { readDataTexts } from './lib/data-files';

const problems = validateData(readDataTexts());
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`data:check: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);

// Benchmarks print figures and rewrite BENCHMARKS.md. The analysis engine (issue: analysis in a
// Web Worker) brings the first ones; until then there is nothing to measure.
console.log('no benchmarks yet');

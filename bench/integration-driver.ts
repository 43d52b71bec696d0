// The driver of bench/integration.mjs: run-integration-score's validation (expectations file, golden file, output)
// as the action runs it after the job, on files given as arguments. Prints one JSON line: seconds of work (after
// start-up), peak resident memory, and the figures the pandas baseline is compared with.
import { dirname } from 'node:path';
import { loadExpectations } from '../src/run-integration-score/expectations/expectations-file.js';
import { loadGolden } from '../src/run-integration-score/expectations/golden-file.js';
import { validateOutput } from '../src/run-integration-score/expectations/validation.js';

const [expectationsPath, outputPath] = process.argv.slice(2);
if (!expectationsPath || !outputPath)
  throw new Error('usage: integration-driver <expectations.yml> <output.csv>');

const started = performance.now();
const expectations = await loadExpectations(expectationsPath, dirname(expectationsPath));
const golden = await loadGolden(expectations.golden!, expectations.output.columns);
const validation = await validateOutput({
  files: [outputPath],
  expectations,
  golden,
  inputRows: undefined,
  durationMs: 0,
});
const seconds = (performance.now() - started) / 1000;
const check = validation.checks.find((candidate) => candidate.check === 'golden')!;
const figure = (pattern: RegExp) => Number(pattern.exec(check.observed)?.[1]?.replace(/,/g, '') ?? 0);
console.log(
  JSON.stringify({
    seconds,
    maxrss_kb: process.resourceUsage().maxRSS,
    rows: validation.rows,
    matched: figure(/^([\d,]+) rows? matched/),
    differing: figure(/([\d,]+) values? of 'prediction' differ/),
    missing: figure(/([\d,]+) golden rows? missing/),
    extra: figure(/([\d,]+) output rows? not in the golden file/),
  }),
);

// Regenerate the figures in docs/benchmarks.md from bench-results/latest.json, without running the benchmark.
// Usage: npm run bench:docs [-- --check]   (--check: exit 1 when the document is stale, change nothing)
import { updateBenchmarkDocs } from './docs-section.js';

const check = process.argv.includes('--check');
const fresh = updateBenchmarkDocs(process.cwd(), check);
if (check && !fresh) {
  process.stderr.write('docs/benchmarks.md er forældet: kør `npm run bench:docs`\n');
  process.exitCode = 1;
}

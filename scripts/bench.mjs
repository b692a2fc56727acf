// `npm run bench`: every benchmark in turn, each printing its own figures. Run on a quiet
// machine; figures in the README say which machine they came from.
// `npm run bench -- gate judge` runs only the named ones.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./bench/', import.meta.url));
const BENCHES = {
  gate: 'factgate run, whole process, 2,000 and 100,000 cases',
  promptfoo: 'the same 2,000 answers through promptfoo (needs PROMPTFOO_DIR)',
  judge: 'deterministic judge accuracy and speed on SummEdits (needs ../shared/benchmarks)',
  'product-documents': 'the deterministic judge on product documents written for it: right answers flagged, invented ones passed',
  providers: 'command, worker and HTTP providers; shard merging',
  coverage: '60 MB Cobertura report, whole process; diff-cover side by side',
  stats: 'statistics functions',
  drift: 'false alarms (A/A) and power of the drift gate, per preset',
  github: 'rendering and fitting the comment, check run and job summary',
  html: 'the HTML report: size against the report JSON and opening time in Chromium, 10,000 and 100,000 cases',
  baseline: "finding the base branch's report through the API (local server)",
  'pull-request-files': 'changed lines from the pull-request files API against git',
  'example-app': 'the example app in its four modes',
  retrieval: 'the retrieval example judged against relevant documents, all documents, or the retrieved contexts',
  package: 'the npm package: size, installed packages and install time into an empty folder',
};
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BENCHES);
console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
let failed = 0;
for (const name of wanted) {
  if (!(name in BENCHES)) {
    console.error(`unknown benchmark "${name}"; choose from: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`## ${name}: ${BENCHES[name]}\n`);
  const result = spawnSync(process.execPath, [`${here}${name}.mjs`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
  console.log('');
}
process.exit(failed > 0 ? 1 : 0);

#!/usr/bin/env node
// Cost of finding the baseline report on the base branch: requests sent and wall time for
// the common case (the newest successful run has the artifact) and the bounded worst case
// (no run uploaded it), against a minimal GitHub REST server on 127.0.0.1. Network latency
// to api.github.com is not part of these figures; multiply the request count by it.
// Compiles the modules involved with the TypeScript compiler API into node_modules/.cache.
// Usage: node scripts/bench/baseline.mjs [repetitions]   (default 20)
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { transpileSources } from './support/load-source.mjs';

const files = ['src/github/baseline-artifact.ts', 'src/github/client.ts', 'src/github/logger.ts', 'src/github/report-artifact.ts', 'src/shared/errors.ts', 'src/shared/escape.ts'];
const load = transpileSources('baseline', files);
const { findBaselineReport, BASELINE_RUNS_PER_PAGE, BASELINE_MAX_PAGES } = await load('src/github/baseline-artifact.js');
const { createGitHubClient } = await load('src/github/client.js');
const { silentLogger } = await load('src/github/logger.js');

const repetitions = Number(process.argv[2] ?? 20);
const RUNS = 200;
let withArtifact = true;
let requests = 0;

const server = createServer((req, res) => {
  requests += 1;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const json = (body, headers = {}) => res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  const runs = /\/actions\/workflows\/[^/]+\/runs$/.test(url.pathname);
  if (runs) {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const ids = Array.from({ length: RUNS }, (_, i) => RUNS - i).slice((page - 1) * perPage, page * perPage);
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    const link = page * perPage < RUNS ? { link: `<http://127.0.0.1:${server.address().port}${next.pathname}${next.search}>; rel="next"` } : {};
    return json({
      total_count: RUNS,
      workflow_runs: ids.map((id) => ({ id, run_number: id, event: 'push', head_branch: 'main', head_sha: id.toString(16).padStart(40, '0'), conclusion: 'success', head_repository: { full_name: 'o/r' } })),
    }, link);
  }
  if (/\/actions\/runs\/\d+\/artifacts$/.test(url.pathname)) {
    const artifacts = withArtifact ? [{ name: 'factgate-report', expired: false, expires_at: '2999-01-01T00:00:00Z' }] : [];
    return json({ total_count: artifacts.length, artifacts });
  }
  res.writeHead(404).end('{}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const octokit = createGitHubClient({ token: 'bench', baseUrl: `http://127.0.0.1:${server.address().port}`, logger: silentLogger, spaceWrites: false });
const options = {
  octokit, owner: 'o', repo: 'r', baseBranch: 'main', workflowFileOrId: 'factgate.yml', artifactName: 'factgate-report', logger: silentLogger,
  download: async (request) => ({ file: 'factgate-report/factgate-report.json', text: `{"run":${request.runId}}` }),
};

async function scenario(name, artifact) {
  withArtifact = artifact;
  await findBaselineReport(options); // warm-up
  requests = 0;
  const start = performance.now();
  for (let i = 0; i < repetitions; i++) await findBaselineReport(options);
  const ms = (performance.now() - start) / repetitions;
  console.log(`${name}: ${requests / repetitions} requests, ${ms.toFixed(2)} ms per search (local server, mean of ${repetitions})`);
}

console.log(`baseline search bounds: ${BASELINE_RUNS_PER_PAGE} runs per page, at most ${BASELINE_MAX_PAGES} pages`);
await scenario('newest run has the artifact', true);
await scenario('no run uploaded the artifact (bounded worst case)', false);
server.close();

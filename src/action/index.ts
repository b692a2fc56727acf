import { serveIfWorkerThread } from '../pipeline/worker-threads.js';

// The bundle doubles as the script of factgate's worker threads; they never load the
// Action's own code (Octokit, the toolkit), only what they run.
if (!(await serveIfWorkerThread())) await (await import('./main.js')).run(new URL(import.meta.url));

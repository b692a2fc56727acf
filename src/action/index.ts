import { serveIfWorkerThread } from '../pipeline/worker-threads.js';
import { run } from './main.js';

// The bundle doubles as the script of factgate's worker threads.
if (!(await serveIfWorkerThread())) await run(new URL(import.meta.url));

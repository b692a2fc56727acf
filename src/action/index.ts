import { isJudgeWorker, serveJudgeWorker } from '../evaluate/judges/judge-worker.js';
import { run } from './main.js';

// The bundle doubles as the judge's worker script (see createParallelJudge).
if (isJudgeWorker()) serveJudgeWorker();
else await run(new URL(import.meta.url));

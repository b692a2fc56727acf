export const id = 137;
export const ids = [137];
export const modules = {

/***/ 99137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createParallelJudge: () => (/* binding */ createParallelJudge)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);

/**
 * Spreads the deterministic judge over worker threads. The judge is pure, so the verdicts
 * are the same as on one thread; requests are split into contiguous runs so each worker
 * sees whole cases and reuses its source indexes.
 */
function createParallelJudge(name, options, local) {
    // The calling thread judges a share too: it would otherwise only wait.
    const workers = Array.from({ length: options.threads - 1 }, () => {
        const workerData = { factgateJudgeWorker: true };
        // A roomy young generation: the judge makes many short-lived objects, and a small one
        // spends more time collecting than judging.
        return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(options.entry, {
            workerData,
            resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512, maxYoungGenerationSizeMb: 96 },
        });
    });
    const ask = (worker, requests) => new Promise((resolve, reject) => {
        const onMessage = (results) => {
            worker.off('error', onError);
            resolve(results);
        };
        const onError = (error) => {
            worker.off('message', onMessage);
            reject(error);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage(requests);
    });
    return {
        name,
        async judge(requests) {
            const own = Math.floor(requests.length / (workers.length + 1));
            const size = Math.ceil((requests.length - own) / Math.max(1, workers.length));
            const parts = workers.map((worker, i) => ask(worker, requests.slice(own + i * size, own + (i + 1) * size)));
            const mine = await local.judge(requests.slice(0, own));
            return [...mine, ...(await Promise.all(parts)).flat()];
        },
        async close() {
            await Promise.all(workers.map((worker) => worker.terminate()));
        },
    };
}


/***/ })

};

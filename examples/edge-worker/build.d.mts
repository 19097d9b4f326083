/** Bundles examples/edge-worker/worker.ts; with `format: 'iife'` resolves to the script's code. */
export declare function buildWorker(options?: { format?: 'esm' | 'iife' }): Promise<{ code: string | undefined; bytes: number }>;

/** Builds examples/playground/dist/app.js; resolves to its path and size in bytes. */
export declare function buildPlayground(): Promise<{ outfile: string; bytes: number }>;

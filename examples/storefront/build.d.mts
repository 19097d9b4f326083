/** Builds examples/storefront/dist/app.js; resolves to its path. */
export declare function buildStorefront(): Promise<string>;

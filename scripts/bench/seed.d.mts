// Types of seed.mjs for the browser tests that seed the app's IndexedDB with it.
export function seed(arg: { records: readonly object[] }): Promise<number>;

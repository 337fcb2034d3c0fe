// Settings the browser tests share.
export const TIMEOUT = 15_000;
export const BUDGET = 400_000; // bytes, gzipped, the whole built page including the wasm

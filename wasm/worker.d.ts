// The worker entry (wasm/worker.mjs; in the npm package, `finlens/worker`) exports
// nothing: it answers messages. Start it with a Worker, or let FinlensClient
// (`finlens/worker-client`) do that.
export {};

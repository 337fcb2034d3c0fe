// Types for the worker client (wasm/worker-client.mjs; in the npm package,
// `finlens/worker-client`).
import type {
  Analysis,
  AnalyzeManyOptions,
  AnalyzeOptions,
  ArticleInput,
  Collection,
  InitOptions,
} from './finlens.js';

export type {
  Analysis,
  AnalyzeManyOptions,
  AnalyzeOptions,
  ArticleInput,
  Collection,
  InitOptions,
} from './finlens.js';

/** A browser Worker or a Node worker_threads Worker running the package's worker entry. */
export type FinlensWorkerLike =
  | { postMessage(message: unknown): void; addEventListener(type: string, listener: (event: any) => void): void; terminate(): void }
  | { postMessage(message: unknown): void; on(event: string, listener: (...args: any[]) => void): unknown; terminate(): unknown };

/** Options that can cross to a worker: no functions; wasmUrl is best absolute. */
export type WorkerInitOptions = Omit<InitOptions, 'locateFile' | 'print' | 'printErr'>;

/** The finlens API, run in a worker: every call is answered by a promise. */
export class FinlensClient {
  /** @param worker a worker running the worker entry; by default the client starts one. */
  constructor(worker?: FinlensWorkerLike);
  init(options?: WorkerInitOptions): Promise<void>;
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  analyzeJson(text: string, options?: AnalyzeOptions): Promise<string>;
  analyzeMany(articles: readonly ArticleInput[], options?: AnalyzeManyOptions): Promise<Collection>;
  analyzeManyJson(articles: readonly ArticleInput[], options?: AnalyzeManyOptions): Promise<string>;
  version(): Promise<string>;
  /** Bytes of WebAssembly memory the worker's module holds (0 before it is loaded). */
  memoryBytes(): Promise<number>;
  /** Stops the worker; calls still waiting are rejected. */
  terminate(): Promise<void>;
}

/** The same as `new FinlensClient(worker)`. */
export function createClient(worker?: FinlensWorkerLike): FinlensClient;

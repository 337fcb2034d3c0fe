// The page side of the analyzer worker: a promise per request.

export class AnalyzerClient {
  constructor() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'finlens-analyzer' });
    this.nextId = 1;
    this.pending = new Map();
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.worker.addEventListener('message', (event) => this.onMessage(event.data));
    this.worker.addEventListener('error', (event) => {
      const err = new Error(event.message || 'the analyzer worker failed to load');
      this.rejectReady(err);
      this.failAll(err);
    });
  }

  onMessage(msg) {
    if (!msg) return;
    if (msg.type === 'ready') {
      this.resolveReady({ version: msg.version, initMs: msg.initMs });
      return;
    }
    if (msg.type === 'error' && msg.id === null) {
      const err = new Error(msg.message);
      this.rejectReady(err);
      this.failAll(err);
      return;
    }
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    if (msg.type === 'part') {
      // a slice of a big list, sent ahead of its result (see worker.js)
      entry.parts ??= new Map();
      const got = entry.parts.get(msg.key) ?? [];
      for (const x of msg.items) got.push(x);
      entry.parts.set(msg.key, got);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'result') {
      for (const key of msg.parts ?? []) msg.analysis[key] = entry.parts?.get(key) ?? [];
      entry.resolve({ analysis: msg.analysis, ms: msg.ms });
    }
    else entry.reject(new Error(msg.message));
  }

  failAll(err) {
    for (const entry of this.pending.values()) entry.reject(err);
    this.pending.clear();
  }

  /**
   * Analyze `text` in the worker.
   * @param {string} text
   * @param {{date?: string}} [opts] date: publication date, YYYY-MM-DD
   * @returns {Promise<{analysis: object, ms: number}>} ms: time spent in the analyzer
   */
  analyze(text, opts = {}) {
    return this.send({ type: 'analyze', text, date: opts.date || undefined });
  }

  /**
   * Several articles at once (the collection: {schema, articles, merged}).
   * @param {Array<{id: string, text: string, date?: string}>} articles
   */
  analyzeMany(articles) {
    return this.send({ type: 'analyzeMany', articles });
  }

  send(msg) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, id });
    });
  }
}

/**
 * Runs analyses one at a time and keeps only the newest request waiting: while
 * one analysis is in flight, newer requests replace each other, and a result is
 * handed on only if no newer request is waiting (stale results are dropped).
 */
export class LatestOnlyScheduler {
  constructor(run, onResult, onError) {
    this.run = run;
    this.onResult = onResult;
    this.onError = onError;
    this.busy = false;
    this.waiting = null;
  }

  request(job) {
    if (this.busy) {
      this.waiting = job;
      return;
    }
    this.start(job);
  }

  async start(job) {
    this.busy = true;
    try {
      const result = await this.run(job);
      if (!this.waiting) this.onResult(job, result);
    } catch (err) {
      if (!this.waiting) this.onError(job, err);
    } finally {
      this.busy = false;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.start(next);
    }
  }
}

// Types for the finlens JS API (wasm/finlens.mjs; in the npm package, `finlens`) and for
// the finlens/1 analysis it returns.
//
// The contract is the spec (shared/spec/OUTPUT.md): the fields it names, plus the
// additive fields the core writes (published, facts, hedges, a figure's period, when,
// equals, unit, date parts …). Schema finlens/1 only ever gains fields; none changes
// meaning without a new schema name. Optional fields are absent (never null) when
// unknown, except a claim's `source`, which is null for an unattributed assertion.
//
// Offsets (`start`, `end`) count UTF-16 code units of the input as given, end exclusive:
// `text.slice(span.start, span.end) === span.text`.

// --- the analysis (schema finlens/1) -----------------------------------------------------

export type Schema = 'finlens/1';

/** A stretch of the input: `input.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where something was found: body text, other stories' headlines or teasers, or credits and navigation. */
export type SectionKind = 'article' | 'headlines' | 'boilerplate';

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
}

/** Sizes of the input: UTF-16 units of the (possibly cut) text, UTF-8 bytes as given. */
export interface InputSize {
  chars: number;
  bytes: number;
}

/** Where the publication date came from: the `date` option, or the article's dateline. */
export interface Published {
  /** YYYY-MM-DD */
  date: string;
  source: 'option' | 'dateline';
  /** The dateline, when the date came from the text. */
  span?: Span;
}

export interface Ticker {
  /** Normalized exchange code: NYSE, NASDAQ, HKEX, SSE, SZSE, TSE, LSE, … */
  exchange: string;
  symbol: string;
}

export type CompanyType = 'company' | 'media' | 'financial' | 'other';

export interface Company {
  /** "c1", "c2", … unique within the analysis */
  id: string;
  /** The fullest formal name seen ("Alibaba Group Holding Ltd"). */
  name: string;
  /** Every other surface form seen (short forms, non-Latin names). */
  aliases: string[];
  tickers: Ticker[];
  type: CompanyType;
  mentions: Span[];
  /** `article` unless every mention is outside the article's sections. */
  section: SectionKind;
  /** Company id of the parent, when the text says this is its subsidiary or unit. */
  parent?: string;
}

export interface Role {
  /** "CEO", "chief executive", "analyst", … as written */
  title: string;
  /** Company id, when the role is at a known company. */
  company?: string;
}

export interface Person {
  /** "p1", "p2", … */
  id: string;
  name: string;
  aliases: string[];
  roles: Role[];
  mentions: Span[];
  section: SectionKind;
}

export type FigureKind = 'money' | 'percent' | 'percentage_point' | 'number' | 'date' | 'time' | 'duration';

/** What a figure measures. The known values; new ones may appear (schema finlens/1 is additive). */
export type Metric =
  | 'share_price'
  | 'price_change'
  | 'market_value'
  | 'revenue'
  | 'revenue_growth'
  | 'profit'
  | 'profit_growth'
  | 'price_target'
  | 'investment'
  | 'fundraising'
  | 'market_share'
  | 'valuation'
  | 'trade_value'
  | 'index_change'
  | 'other'
  | (string & {});

export type Weekday = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';

/** Every field a figure may carry; which ones depends on its kind (see Figure). */
export interface FigureFields extends Span {
  /** "f1", "f2", … */
  id: string;
  kind: FigureKind;
  section: SectionKind;
  /** Money, percent, percentage_point, number (scale applied: "US$87 billion" → 87e9); durations: the count. */
  value?: number;
  /** Upper end, for a figure that is itself a range ("3-4 million"). */
  value_max?: number;
  /** ISO 4217, for money: HKD, USD, CNY, TWD, JPY, EUR, … */
  currency?: string;
  /** For numbers and durations: what is counted ("tankers", "years"), when known. */
  unit?: string;
  /** Date figures: ISO 8601 as complete as the text allows ("2025-01-13", "2021-11", "2022"). */
  date?: string;
  /** Date figures: 1–12, when known. */
  month?: number;
  /** Date figures: day of the month, when known. */
  day?: number;
  /** Date figures: 1–4, for a quarter ("Q4", "the December quarter"). */
  quarter?: number;
  /** Date figures: the weekday, when the text names one or the date is known. */
  weekday?: Weekday;
  /** Date figures: resolved against the publication date ("on Wednesday", "yesterday"), or unresolvable without one. */
  relative?: true;
  /** Approximation word as written ("about", "more than"), or for dates "early", "mid", "late". */
  qualifier?: string;
  /** Time figures: "HH:MM". */
  time?: string;
  /** Time figures: "ET", "GMT", … as written. */
  timezone?: string;
  /** Duration figures: ISO 8601 duration ("P3Y"). */
  duration?: string;
  /** "nearly", "about", "more than" … (see qualifier). */
  approximate?: true;
  /** Company id of the company the figure is about. */
  company?: string;
  metric?: Metric;
  /** For changes ("jumped", "slid"). */
  direction?: 'up' | 'down';
  /** Id of the money figure this one restates in another currency ("380 billion yuan ($53 billion)"). */
  equals?: string;
  /** What a change is measured over ("year-to-date", "since hitting a 2025 low on Jan. 13"). */
  period?: string;
  /** Id of the date figure of the figure's statement ("… on Wednesday"). */
  when?: string;
  /** The market index an index move or level is of ("Nikkei 225", "FTSE-100"); with metric index_change. */
  index?: string;
}

export interface MoneyFigure extends FigureFields {
  kind: 'money';
  value: number;
  currency: string;
}
export interface PercentFigure extends FigureFields {
  kind: 'percent' | 'percentage_point';
  value: number;
}
export interface NumberFigure extends FigureFields {
  kind: 'number';
  value: number;
}
export interface DateFigure extends FigureFields {
  kind: 'date';
}
export interface TimeFigure extends FigureFields {
  kind: 'time';
}
export interface DurationFigure extends FigureFields {
  kind: 'duration';
}
/** A figure; narrow on `kind` (money always has value and currency, percentages and numbers a value). */
export type Figure = MoneyFigure | PercentFigure | NumberFigure | DateFigure | TimeFigure | DurationFigure;

export type ClaimKind = 'quote' | 'reported' | 'assertion';

/** Who makes a claim ("Bloomberg", "Andy Wong", "JPMorgan Chase & Co analysts", "Chinese media"). */
export interface ClaimSource {
  name: string;
  /** Person id */
  person?: string;
  /** Company id */
  company?: string;
  /** The source's role as written ("CEO of Alibaba", "UBS analyst"). */
  role?: string;
}

export interface Claim extends Span {
  /** "q1", "q2", … */
  id: string;
  kind: ClaimKind;
  /** null only for an unattributed assertion. */
  source: ClaimSource | null;
  /** The attribution verb or phrase ("said", "reported", "wrote in a note", "according to"). */
  cue?: string;
  /** True when the text marks it uncertain; `hedges` lists the words that do. */
  hedged: boolean;
  hedges: string[];
  /** Company ids the claim is about. */
  companies: string[];
  /** Figure ids inside the claim. */
  figures: string[];
  section: SectionKind;
}

/** The figures of one statement: "Alibaba · share price · +4.8% → HK$160.10 · Wednesday". */
export interface Fact {
  /** Company id */
  company?: string;
  metric: Metric;
  /** Figure id of the move ("4.8%"). */
  change?: string;
  /** Figure id of the level ("HK$160.10"). */
  level?: string;
  currency?: string;
  /** Figure id of the statement's date. */
  date?: string;
  /** Ids of every figure of the statement. */
  figures: string[];
  sentence: Span;
}

/** code: invalid_utf8, not_text, input_truncated, bad_date, parent_conflict, restatement_rate, inconsistent_move, share_price_outlier, … */
export interface Warning {
  code: string;
  message: string;
  span?: Span;
}

/** One analysis (schema finlens/1). */
export interface Analysis {
  schema: Schema;
  input: InputSize;
  published?: Published;
  sections: Section[];
  companies: Company[];
  people: Person[];
  figures: Figure[];
  claims: Claim[];
  facts: Fact[];
  warnings: Warning[];
}

// --- several articles (analyzeMany) ------------------------------------------------------

/** A company or figure of one article of the collection: `articles[article].analysis`, id `id`. */
export interface ArticleRef {
  /** Index into Collection.articles */
  article: number;
  id: string;
}

/** One company as named across articles (same ticker, or a name or alias in common). */
export interface MergedCompany {
  /** "m1", "m2", … */
  id: string;
  name: string;
  aliases: string[];
  tickers: Ticker[];
  type: CompanyType;
  /** The company in each article that names it. */
  companies: ArticleRef[];
}

export interface ComparedFigure {
  figure: ArticleRef;
  text: string;
  value: number;
  currency?: string;
  /** The value in US dollars, for money. */
  usd?: number;
  /** Far from the others. */
  outlier: boolean;
}

/** Figures on one company and metric from different articles, side by side. */
export interface Comparison {
  /** Merged company id ("m1") */
  company: string;
  metric: Metric;
  figures: ComparedFigure[];
  disagree: boolean;
}

export interface CollectionWarning {
  /** e.g. share_price_outlier */
  code: string;
  message: string;
  figure: ArticleRef;
}

/** What analyzeMany returns: each article's own analysis, and the view across them. */
export interface Collection {
  schema: Schema;
  articles: Array<{ id: string; analysis: Analysis }>;
  merged: {
    companies: MergedCompany[];
    comparisons: Comparison[];
    warnings: CollectionWarning[];
  };
}

// --- the API ------------------------------------------------------------------------------

export interface AnalyzeOptions {
  /** Publication date YYYY-MM-DD: resolves relative dates ("on Wednesday"). Default: the article's dateline, if any. */
  date?: string;
  /** Cut longer input (UTF-8 bytes) with a warning; default 20 MiB. */
  maxBytes?: number;
}

/** How to get the .wasm; by default it is fetched (read, in Node) from beside the module. */
export interface InitOptions {
  /** The .wasm bytes: nothing is fetched. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** An already compiled module. */
  wasmModule?: WebAssembly.Module;
  /** Where to fetch the .wasm from (in Node: a file: URL or a path). */
  wasmUrl?: string | URL;
  /** Emscripten style: called with 'finlens-core.wasm', returns where it is. */
  locateFile?: (name: string) => string | URL;
  /** Where the module's stdout and stderr go (console by default). */
  print?: (line: string) => void;
  printErr?: (line: string) => void;
  /** Analyze a short text once while loading, so the first real call is fast (default true). */
  warm?: boolean;
}

/** One article for analyzeMany: its text, or {id?, text, date?}. The id defaults to its index. */
export type ArticleInput = string | { id?: string | number; text: string; date?: string };

export interface AnalyzeManyOptions {
  maxBytes?: number;
}

/**
 * Loads and instantiates the WebAssembly module, once: every call returns the same
 * promise (options after the first call are ignored). Optional: the analyze functions
 * call it themselves.
 */
export function init(options?: InitOptions): Promise<void>;

/** Analyzes one article. */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;

/** The same analysis as JSON text: the bytes the native CLI prints (sorted keys). */
export function analyzeJson(text: string, options?: AnalyzeOptions): Promise<string>;

/** Several articles: each analyzed on its own, plus companies merged and figures compared across them. */
export function analyzeMany(articles: readonly ArticleInput[], options?: AnalyzeManyOptions): Promise<Collection>;

/** The collection as JSON text (as `finlens --merge` prints it). */
export function analyzeManyJson(articles: readonly ArticleInput[], options?: AnalyzeManyOptions): Promise<string>;

/** The version string ("0.1.0"): the loaded core's, or before loading, VERSION (the same). */
export function version(): string;

/** Bytes of WebAssembly memory the module holds now (0 before it is loaded). */
export function memoryBytes(): number;

/**
 * What an analysis rejects with when the module traps (most likely out of memory: the
 * module could not grow further). The module is reset; the next call loads it afresh.
 */
export interface FinlensTrapError extends Error {
  code: 'FINLENS_WASM_TRAP';
  cause: WebAssembly.RuntimeError | Error;
}

/** The version of this package and of the core it ships. */
export const VERSION: string;

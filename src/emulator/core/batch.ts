import { API_LEVELS, apiNumber, type ApiName } from "../api-levels";
import { EmulatorError } from "../errors";

/** Excel on the web refuses a request, or a response, over 5 MB (DESIGN.md; Office resource limits). */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** What every request costs besides its operations (envelope, object paths), in bytes. */
const REQUEST_OVERHEAD = 64;

export interface RunStats {
  syncs: number;
  /** Size of each sync's request: the JSON of its queued operations, 2-D arrays included. */
  requestBytes: number[];
  maxRequestBytes: number;
  /** Size of each sync's response: the JSON of the properties it loaded. */
  responseBytes: number[];
  maxResponseBytes: number;
}

export function newRunStats(): RunStats {
  return { syncs: 0, requestBytes: [], maxRequestBytes: 0, responseBytes: [], maxResponseBytes: 0 };
}

/** UTF-8 size of a text; works in node and the browser (no Buffer in the preview). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v) ?? "null");

/** What proxies need from their request context. */
export interface Batch {
  /** Queues a change to the workbook, applied at the next sync. */
  write(description: Record<string, unknown>, apply: () => void): void;
  /** Queues a read (a load, a lookup, a ClientResult); it returns the bytes it sends back. */
  read(description: Record<string, unknown>, apply: () => number | void): void;
  /** Objects from *OrNullObject methods learn at the next sync whether they exist. */
  registerNullable(object: { settleNull(): void }): void;
  /** An API newer than the emulated host makes the sync fail with ApiNotFound, as in Excel. */
  requireApi(api: ApiName): void;
}

interface Op {
  bytes: number;
  location: string;
  mutates: boolean;
  run(): number | void;
}

export interface SyncHooks {
  /** Throws to fail the whole request before anything of it is applied (fault injection). */
  beforeSync(): void;
  afterSync(changed: boolean): void;
}

/** One `run`'s queue of operations; `sync` sends them as one request, in order. */
export class BatchQueue implements Batch {
  private ops: Op[] = [];
  private nullables: { settleNull(): void }[] = [];
  private closed = false;
  constructor(
    private readonly stats: RunStats,
    private readonly apiVersion: string,
    private readonly hooks: SyncHooks,
  ) {}

  private push(description: Record<string, unknown>, mutates: boolean, run: () => number | void): void {
    if (this.closed) throw new EmulatorError("InvalidRequestContext", "the Excel.run this object belongs to has finished");
    const first = Object.values(description).find((v) => typeof v === "string");
    this.ops.push({ bytes: jsonBytes(description), location: typeof first === "string" ? first : "", mutates, run });
  }
  write(description: Record<string, unknown>, apply: () => void): void { this.push(description, true, apply); }
  read(description: Record<string, unknown>, apply: () => number | void): void { this.push(description, false, apply); }
  registerNullable(object: { settleNull(): void }): void { this.nullables.push(object); }
  requireApi(api: ApiName): void {
    const needed = API_LEVELS[api];
    if (apiNumber(needed) <= apiNumber(this.apiVersion)) return;
    this.read({ call: api }, () => {
      throw new EmulatorError("ApiNotFound", `${api} needs ExcelApi ${needed}; this host has ${this.apiVersion}`, api);
    });
  }

  get pending(): number { return this.ops.length; }
  close(): void { this.closed = true; }

  /**
   * Runs the queued operations in order, as Excel runs one request. Like Excel, it is not a
   * transaction: operations before a failing one stay applied, the rest are dropped.
   */
  sync(): Promise<void> {
    if (this.closed) return Promise.reject(new EmulatorError("InvalidRequestContext", "the Excel.run this context belongs to has finished"));
    const ops = this.ops;
    const nullables = this.nullables;
    this.ops = [];
    this.nullables = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, REQUEST_OVERHEAD);
    const s = this.stats;
    s.syncs += 1;
    s.requestBytes.push(bytes);
    s.maxRequestBytes = Math.max(s.maxRequestBytes, bytes);
    let changed = false;
    let response = 0;
    let current: Op | undefined;
    try {
      this.hooks.beforeSync();
      if (bytes > MAX_REQUEST_BYTES) throw new EmulatorError("RequestPayloadSizeLimitExceeded", `the request is ${bytes} bytes; the limit is ${MAX_REQUEST_BYTES}`);
      try {
        for (const op of ops) {
          current = op;
          if (op.mutates) changed = true;
          const r = op.run();
          if (typeof r === "number") response += r;
        }
        current = undefined;
      } finally {
        for (const n of nullables) n.settleNull();
        s.responseBytes.push(response);
        s.maxResponseBytes = Math.max(s.maxResponseBytes, response);
        this.hooks.afterSync(changed);
      }
      if (response > MAX_RESPONSE_BYTES) throw new EmulatorError("ResponsePayloadSizeLimitExceeded", `the response is ${response} bytes; the limit is ${MAX_RESPONSE_BYTES}`);
      return Promise.resolve();
    } catch (error) {
      if (error instanceof EmulatorError && !error.debugInfo.errorLocation && current) error.debugInfo.errorLocation = current.location;
      return Promise.reject(error instanceof Error ? error : new EmulatorError("GeneralException", String(error)));
    }
  }
}

import { EmulatorError, propertyNotLoaded } from "./errors";

/** Excel on the web refuses a request body over 5 MB (DESIGN.md). */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

export interface RunStats {
  syncs: number;
  requestBytes: number[];
  maxRequestBytes: number;
}

/** UTF-8 size of a request body; works in node and the browser (no Buffer in the preview). */
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

interface Op {
  bytes: number;
  apply(): void;
}

/** What every proxy needs from its request context. */
export interface Batch {
  enqueue(description: unknown, apply: () => void): void;
  registerNullable(object: ClientObject): void;
  /** Throws ApiNotFound when the emulated host is older than the API's requirement set. */
  requireApi(version: string, api: string): void;
}

export class BatchQueue {
  private ops: Op[] = [];
  private nullables: ClientObject[] = [];
  constructor(
    private readonly stats: RunStats,
    private readonly hooks: { beforeSync(syncIndex: number): void; afterSync(changed: boolean): void },
  ) {}

  enqueue(description: unknown, apply: () => void): void {
    const bytes = utf8Length(JSON.stringify(description) ?? "");
    this.ops.push({ bytes, apply });
  }

  registerNullable(object: ClientObject): void {
    this.nullables.push(object);
  }

  get pending(): number {
    return this.ops.length;
  }

  /** Runs the queued operations in order, as Excel runs one request; the first failure rejects it. */
  sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 64);
    this.stats.syncs += 1;
    this.stats.requestBytes.push(bytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    try {
      this.hooks.beforeSync(this.stats.syncs);
      if (bytes > MAX_REQUEST_BYTES) {
        throw new EmulatorError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes} bytes) has exceeded the limit.`);
      }
      let changed = false;
      try {
        for (const op of ops) {
          op.apply();
          changed = true;
        }
      } finally {
        for (const n of this.nullables) n.settleNull();
        this.hooks.afterSync(changed);
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new EmulatorError("GeneralException", String(error)));
    }
  }
}

export type LoadArg = string | string[] | { select?: string | string[] } | Record<string, unknown> | undefined;

/** Property names from every form `load` accepts: "a, b/c", ["a"], { select }, { a: true }. */
export function loadNames(arg: LoadArg): string[] | "all" {
  if (arg === undefined) return "all";
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadNames(a) as string[]);
  const select = (arg as { select?: string | string[] }).select;
  if (select !== undefined) return loadNames(select);
  return Object.keys(arg);
}

/**
 * A proxy with Excel's load/sync rules: a scalar property can be read only after `load` and
 * `sync`; reading it earlier throws PropertyNotLoaded, as real Excel does.
 */
export abstract class ClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: "unknown" | "null" | "present" = "unknown";

  constructor(
    protected readonly batch: Batch,
    protected readonly objectName: string,
    private readonly nullable = false,
  ) {
    if (nullable) batch.registerNullable(this);
  }

  /** Names loaded by `load()` without arguments. */
  protected abstract scalarNames(): readonly string[];
  /** The current value of a scalar property, read from the workbook at sync time. */
  protected abstract readScalar(name: string): unknown;
  /** A navigation property (e.g. "format"), for loads such as "format/fill/color". */
  protected child(_name: string): ClientObject | undefined {
    return undefined;
  }
  /** Whether the object exists now; only nullable objects can be absent. */
  protected exists(): boolean {
    return true;
  }

  load(arg?: LoadArg): this {
    const names = loadNames(arg);
    const list = names === "all" ? [...this.scalarNames()] : names;
    const own: string[] = [];
    for (const name of list) {
      const slash = name.indexOf("/");
      if (slash > 0) {
        this.child(name.slice(0, slash))?.load(name.slice(slash + 1));
      } else if (this.scalarNames().includes(name)) own.push(name);
      else {
        const nav = this.child(name);
        if (nav) nav.load();
      }
    }
    this.batch.enqueue({ load: this.objectName, properties: own }, () => {
      if (this.nullable && !this.exists()) return;
      for (const name of own) this.loadedValues.set(name, this.readScalar(name));
    });
    return this;
  }

  /** Fills scalar properties at once; used by a collection's load, which already runs inside a sync. */
  fillLoaded(arg?: LoadArg): void {
    const names = loadNames(arg);
    const list = names === "all" ? [...this.scalarNames()] : names.map((n) => n.replace(/^items\//, ""));
    for (const name of list) if (this.scalarNames().includes(name)) this.loadedValues.set(name, this.readScalar(name));
  }

  protected get<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name, this.objectName);
    return this.loadedValues.get(name) as T;
  }

  /** Queues a write; the proxy keeps the written value as loaded (Excel echoes set values). */
  protected set(name: string, value: unknown, apply: () => void): void {
    this.batch.enqueue({ set: `${this.objectName}.${name}`, value }, () => {
      if (this.nullable && !this.exists()) return;
      apply();
    });
  }

  protected call(method: string, args: unknown, apply: () => void): void {
    this.batch.enqueue({ call: `${this.objectName}.${method}`, args }, apply);
  }

  get isNullObject(): boolean {
    if (this.nullState === "unknown") throw propertyNotLoaded("isNullObject", this.objectName);
    return this.nullState === "null";
  }

  /** Called by the batch after each sync. */
  settleNull(): void {
    this.nullState = this.exists() ? "present" : "null";
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** A collection proxy: `items` is readable after `load` + `sync`, like Excel's collections. */
export class Collection<T extends ClientObject> {
  private loadedItems: T[] | undefined;
  constructor(
    protected readonly batch: Batch,
    private readonly collectionName: string,
    private readonly makeItems: () => T[],
  ) {}
  load(arg?: LoadArg): this {
    this.batch.enqueue({ load: `${this.collectionName}.items`, arg: arg ?? null }, () => {
      const items = this.makeItems();
      for (const item of items) item.fillLoaded(arg === "items" ? undefined : (arg));
      this.loadedItems = items;
    });
    return this;
  }
  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.collectionName);
    return this.loadedItems;
  }
}

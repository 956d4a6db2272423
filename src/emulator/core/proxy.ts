import { EmulatorError, invalidArgument, itemNotFound, propertyNotLoaded } from "../errors";
import type { ApiName } from "../api-levels";
import { jsonBytes, type Batch } from "./batch";

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

/**
 * Property paths from every form `load` accepts: "a, b/c", ["a"], { select: "a,b" },
 * { a: true, format: { fill: { color: true } } } and { $all: true }. "all" means every scalar.
 */
export function loadNames(arg: LoadArg): string[] | "all" {
  if (arg === undefined) return "all";
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => splitNames(a));
  if (arg.$all === true) return "all";
  if (arg.select !== undefined) return loadNames(arg.select as LoadArg);
  const out: string[] = [];
  for (const [key, value] of Object.entries(arg)) {
    if (key === "expand" || value === false) continue;
    if (value !== null && typeof value === "object") {
      const inner = loadNames(value as Record<string, unknown>);
      if (inner === "all") out.push(key);
      else out.push(...inner.map((n) => `${key}/${n}`));
    } else out.push(key);
  }
  return out;
}

const splitNames = (s: string): string[] => s.split(",").map((x) => x.trim()).filter(Boolean);

/**
 * A proxy with Excel's load/sync rules: a scalar property can be read only after `load` and a
 * `sync`; reading it earlier throws PropertyNotLoaded, as real Excel does. Writes and method calls
 * are queued and applied at the next sync. An object from an *OrNullObject method learns at that
 * sync whether it exists; afterwards a null object refuses every use with ItemNotFound.
 */
export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: "unknown" | "null" | "present";

  constructor(
    protected readonly batch: Batch,
    protected readonly objectName: string,
    private readonly nullable = false,
  ) {
    this.nullState = nullable ? "unknown" : "present";
    if (nullable) batch.registerNullable(this);
  }

  /** The scalar properties `load()` without arguments reads. */
  abstract scalarNames(): readonly string[];
  /** The current value of a scalar property, read from the workbook at sync time. */
  protected abstract readScalar(name: string): unknown;
  /** A navigation property (e.g. "format"), for loads such as "format/fill/color". */
  protected child(_name: string): ClientObject | undefined {
    return undefined;
  }
  /** Whether the object exists now; a missing nullable object is skipped, others fail at sync. */
  protected exists(): boolean {
    return true;
  }

  /** For getItem: the sync rejects with ItemNotFound when the object is missing by then. */
  protected verifyAtSync(key: string): void {
    this.batch.read({ get: this.objectName, key }, () => {
      if (!this.exists()) throw itemNotFound(`${this.objectName} "${key}"`, `${this.objectName}.getItem`);
    });
  }

  private guardNull(what: string): void {
    if (this.nullState === "null") throw itemNotFound(`${this.objectName} is a null object (${what})`, `${this.objectName}.${what}`);
  }

  load(arg?: LoadArg): this {
    this.guardNull("load");
    const names = loadNames(arg);
    const list = names === "all" ? [...this.scalarNames()] : names;
    this.batch.read({ load: this.objectName, select: list }, () => (this.nullable && !this.exists() ? 0 : this.fillLoaded(list)));
    return this;
  }

  /** Fills loaded properties now (inside a sync) and returns the bytes of the response. */
  fillLoaded(names: readonly string[]): number {
    let bytes = 0;
    const own = this.scalarNames();
    for (const name of names) {
      const slash = name.indexOf("/");
      const head = slash > 0 ? name.slice(0, slash) : name;
      if (slash < 0 && own.includes(name)) {
        const v = this.readScalar(name);
        this.loaded.set(name, v);
        bytes += jsonBytes(v) + name.length + 4;
        continue;
      }
      const nav = this.child(head);
      if (!nav) throw invalidArgument(`'${name}' is not a property of ${this.objectName} that the emulator implements`, `${this.objectName}.load`);
      bytes += nav.fillLoaded(slash > 0 ? [name.slice(slash + 1)] : nav.scalarNames());
    }
    return bytes;
  }

  protected get<T>(name: string): T {
    this.guardNull(name);
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.objectName);
    return this.loaded.get(name) as T;
  }

  /** Queues a property write. `null` is no valid value for a single property (Excel's docs). */
  protected set(name: string, value: unknown, apply: () => void): void {
    this.guardNull(name);
    this.batch.write({ set: `${this.objectName}.${name}`, value }, () => {
      if (value === null || value === undefined) throw invalidArgument(`${name} cannot be set to ${String(value)}`);
      if (this.nullable && !this.exists()) return;
      apply();
    });
  }

  protected call(method: string, args: unknown, apply: () => void): void {
    this.guardNull(method);
    this.batch.write({ call: `${this.objectName}.${method}`, args }, () => {
      if (this.nullable && !this.exists()) return;
      apply();
    });
  }

  /** A method that reads (getXml, getCount): its result is filled at sync. */
  protected query<T>(method: string, args: unknown, read: () => T): ClientResult<T> {
    this.guardNull(method);
    const result = new ClientResult<T>(`${this.objectName}.${method}`);
    this.batch.read({ call: `${this.objectName}.${method}`, args }, () => result.fill(read()));
    return result;
  }

  get isNullObject(): boolean {
    if (this.nullState === "unknown") throw propertyNotLoaded("isNullObject", this.objectName);
    return this.nullState === "null";
  }

  /** Called by the batch at the first sync after the object was made. */
  settleNull(): void {
    if (this.nullState === "unknown") this.nullState = this.exists() ? "present" : "null";
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** One scalar property of a SpecObject: how to read it from its target and how to write it. */
export interface Prop<S> {
  read: (target: S) => unknown;
  write?: (target: S, value: unknown) => void;
}

export interface SpecOptions<S> {
  nullable?: boolean;
  exists?: () => boolean;
  /** Runs before every property write, e.g. the sheet-protection check. */
  beforeWrite?: (target: S) => void;
  /** Properties newer than ExcelApi 1.1: writing them on an older host fails with ApiNotFound. */
  api?: Partial<Record<string, ApiName>>;
}

/**
 * A proxy whose scalar properties are declared as a table. Subclasses `declare` the properties
 * for TypeScript; the accessors are defined on each instance here.
 */
export class SpecObject<S> extends ClientObject {
  constructor(
    batch: Batch,
    objectName: string,
    protected readonly target: () => S,
    private readonly props: Record<string, Prop<S>>,
    private readonly specOptions: SpecOptions<S> = {},
  ) {
    super(batch, objectName, specOptions.nullable ?? false);
    for (const [name, p] of Object.entries(props)) {
      const write = p.write;
      Object.defineProperty(this, name, {
        enumerable: true,
        configurable: true,
        get: () => this.get<unknown>(name),
        set: (v: unknown) => {
          if (!write) throw new TypeError(`Cannot set property ${name} of ${objectName}, which has only a getter`);
          const api = specOptions.api?.[name];
          if (api) batch.requireApi(api);
          this.set(name, v, () => {
            const t = this.target();
            this.specOptions.beforeWrite?.(t);
            write(t, v);
          });
        },
      });
    }
  }
  scalarNames(): readonly string[] { return Object.keys(this.props); }
  protected readScalar(name: string): unknown { return this.props[name].read(this.target()); }
  protected override exists(): boolean { return this.specOptions.exists ? this.specOptions.exists() : true; }
}

/** A collection proxy: `items` is readable after `load` + `sync`, like Excel's collections. */
export class Collection<T extends ClientObject> {
  private loadedItems: T[] | undefined;
  constructor(
    protected readonly batch: Batch,
    protected readonly collectionName: string,
    private readonly makeItems: () => T[],
  ) {}

  load(arg?: LoadArg): this {
    const names = loadNames(arg);
    const paths = names === "all" ? "all" : names.map((n) => n.replace(/^items\/?/, "")).filter((n) => n !== "");
    this.batch.read({ load: `${this.collectionName}.items`, select: paths }, () => {
      const items = this.makeItems();
      let bytes = 2;
      for (const item of items) bytes += item.fillLoaded(paths === "all" || paths.length === 0 ? item.scalarNames() : paths);
      this.loadedItems = items;
      return bytes;
    });
    return this;
  }

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.collectionName);
    return this.loadedItems;
  }

  getCount(): ClientResult<number> {
    this.batch.requireApi("Collection.getCount");
    const result = new ClientResult<number>(`${this.collectionName}.getCount`);
    this.batch.read({ call: `${this.collectionName}.getCount` }, () => result.fill(this.makeItems().length));
    return result;
  }

  toJSON(): { items: Record<string, unknown>[] } {
    return { items: (this.loadedItems ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that ran the method. */
export class ClientResult<T> {
  private box: { v: T } | undefined;
  constructor(private readonly what: string) {}
  fill(v: T): number {
    this.box = { v };
    return jsonBytes(v);
  }
  get value(): T {
    if (!this.box) throw new EmulatorError("ValueNotLoaded", undefined, this.what);
    return this.box.v;
  }
  toJSON(): { value: T | undefined } {
    return { value: this.box?.v };
  }
}

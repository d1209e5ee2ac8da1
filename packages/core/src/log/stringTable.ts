/**
 * Interned strings for the columnar log: type names, slot labels, sites, output text. Id 0 is
 * the empty string. Ids are dense and assigned in first-seen order, so two logs built by the
 * same commands intern identically.
 */
/** The slot through which an instance holds its (heap) type; always string id 1. */
export const CLASS_SLOT_LABEL = '__class__';
export const CLASS_SLOT = 1;
/**
 * The class reference of a sequence (a subclass of list or tuple): sequences' slots are positions,
 * so their class edge uses this code, which no position can take.
 */
export const SEQUENCE_CLASS_SLOT = -1;

export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  constructor() {
    this.intern('');
    this.intern(CLASS_SLOT_LABEL);
  }

  /** The id of `value`, adding it if new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value` if interned, else -1. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  /** The string with id `id`; throws a RangeError for an unknown id. */
  get(id: number): string {
    const value = this.values[id];
    if (value === undefined) throw new RangeError(`unknown string id ${id}`);
    return value;
  }

  get size(): number {
    return this.values.length;
  }

  /** Approximate bytes held (UTF-16 code units plus per-entry overhead). */
  byteSize(): number {
    let bytes = 0;
    for (const v of this.values) bytes += v.length * 2 + 16;
    return bytes;
  }
}

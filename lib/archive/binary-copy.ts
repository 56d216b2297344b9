// PostgreSQL's binary COPY format (see the COPY page of the PostgreSQL manual, "Binary Format"):
// the fastest way to hand PostgreSQL many rows. Values travel as they are stored, so a message's
// raw bytes are not hex-encoded on the way (doubling them) and nothing has to be parsed or
// escaped on either side.

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const TEXT_OID = 25;
// Milliseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z.
const POSTGRES_EPOCH_MS = 946_684_800_000;
const JSONB_VERSION = 1;
const NULL_LENGTH = -1;
const INITIAL_CAPACITY = 1 << 16;

/**
 * Writes rows of a binary COPY, one field at a time, into one buffer. Given a good estimate of
 * the size it never grows, which spares copying and keeps memory to what the rows need.
 */
export class BinaryCopyWriter {
  #buffer: Buffer;
  #length = 0;

  constructor(estimatedBytes = INITIAL_CAPACITY) {
    this.#buffer = Buffer.allocUnsafe(Math.max(estimatedBytes, SIGNATURE.length + 8));
    this.#bytes(SIGNATURE);
    this.#int32(0); // flags: no OIDs
    this.#int32(0); // header extension length
  }

  row(fieldCount: number): this {
    this.#reserve(2);
    this.#buffer.writeInt16BE(fieldCount, this.#length);
    this.#length += 2;
    return this;
  }

  int4(value: number | null): this {
    if (value === null) return this.#null();
    this.#int32(4);
    this.#int32(value);
    return this;
  }

  bool(value: boolean): this {
    this.#int32(1);
    this.#bytes(Buffer.of(value ? 1 : 0));
    return this;
  }

  text(value: string | null): this {
    if (value === null) return this.#null();
    const length = Buffer.byteLength(value, "utf8");
    this.#int32(length);
    this.#reserve(length);
    this.#length += this.#buffer.write(value, this.#length, "utf8");
    return this;
  }

  bytea(value: Buffer | null): this {
    if (value === null) return this.#null();
    return this.#field(value);
  }

  timestamptz(value: Date): this {
    this.#int32(8);
    this.#reserve(8);
    const micros = BigInt(value.getTime() - POSTGRES_EPOCH_MS) * 1000n;
    this.#buffer.writeBigInt64BE(micros, this.#length);
    this.#length += 8;
    return this;
  }

  jsonb(json: string): this {
    const body = Buffer.from(json, "utf8");
    this.#int32(body.length + 1);
    this.#bytes(Buffer.of(JSONB_VERSION));
    this.#bytes(body);
    return this;
  }

  /** A one-dimensional text[] without nulls, lower bound 1 as PostgreSQL writes them. */
  textArray(items: readonly string[]): this {
    const elements = items.map((item) => Buffer.from(item, "utf8"));
    const header = items.length === 0 ? 12 : 20;
    const size = header + elements.reduce((sum, element) => sum + 4 + element.length, 0);
    this.#int32(size);
    this.#int32(items.length === 0 ? 0 : 1); // dimensions
    this.#int32(0); // no nulls
    this.#int32(TEXT_OID);
    if (items.length > 0) {
      this.#int32(items.length);
      this.#int32(1);
    }
    for (const element of elements) {
      this.#int32(element.length);
      this.#bytes(element);
    }
    return this;
  }

  /** The whole COPY data, trailer included. */
  finish(): Buffer {
    this.#reserve(2);
    this.#buffer.writeInt16BE(-1, this.#length);
    this.#length += 2;
    return this.#buffer.subarray(0, this.#length);
  }

  #null(): this {
    this.#int32(NULL_LENGTH);
    return this;
  }

  #field(bytes: Buffer): this {
    this.#int32(bytes.length);
    this.#bytes(bytes);
    return this;
  }

  #int32(value: number): void {
    this.#reserve(4);
    this.#buffer.writeInt32BE(value, this.#length);
    this.#length += 4;
  }

  #bytes(bytes: Buffer): void {
    this.#reserve(bytes.length);
    bytes.copy(this.#buffer, this.#length);
    this.#length += bytes.length;
  }

  #reserve(bytes: number): void {
    if (this.#length + bytes <= this.#buffer.length) return;
    let capacity = this.#buffer.length * 2;
    while (capacity < this.#length + bytes) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}

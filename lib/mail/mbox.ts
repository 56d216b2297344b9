import { createReadStream } from "node:fs";
import { gunzipIfCompressed } from "./gunzip-if-compressed";
import { type MboxEntry, type MboxFormat, MboxSplitter, type MboxStats } from "./mbox-splitter";

export { NotAnMboxError } from "./errors";
export {
  type MboxEntry,
  type MboxFormat,
  type MboxStats,
  type MboxVariant,
  mboxVariant,
} from "./mbox-splitter";

export interface ReadMboxOptions {
  /** how to undo "From " escaping; mboxrd unless the operator knows the file is mboxo */
  format?: MboxFormat;
  /** filled in as the file is read: the escaped lines seen, which tell its variant */
  stats?: MboxStats;
}

/**
 * The messages of an mbox, one at a time, read from a stream or from the file at a path.
 * Plain and gzipped files, LF and CRLF line endings are all accepted. Memory stays bounded
 * by the largest message, not the file, so a list's whole archive can be imported at once.
 *
 * Throws NotAnMboxError before yielding anything when the input does not start with a
 * "From " envelope line. An empty input is an empty mbox and yields nothing.
 */
export async function* readMbox(
  input: NodeJS.ReadableStream | string,
  options: ReadMboxOptions = {},
): AsyncGenerator<MboxEntry> {
  const source = typeof input === "string" ? createReadStream(input) : input;
  const splitter = new MboxSplitter(options.format);
  const report = () => {
    if (options.stats) Object.assign(options.stats, splitter.stats);
  };

  for await (const chunk of gunzipIfCompressed(source)) {
    yield* splitter.push(chunk);
    report();
  }
  yield* splitter.end();
  report();
}

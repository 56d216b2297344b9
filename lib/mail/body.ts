export interface BodySegment {
  /** quoted text from an earlier message, the sender's signature, or their own words */
  kind: "text" | "quote" | "signature";
  text: string;
}

// A line that quotes an earlier message starts with ">", sometimes indented.
const QUOTED_LINE = /^\s*>/;

// "-- " alone on a line separates the signature (RFC 3676 section 4.3); many clients strip
// the trailing space on the way, so "--" counts too.
const SIGNATURE_DELIMITER = /^--\s*$/;

/**
 * Splits a text body into runs of own text, quotes and the signature, so that a page can
 * fold quotes and dim signatures. Joining the segments' texts with "\n" gives the body
 * back unchanged. The signature segment starts with its delimiter line and runs to the end.
 */
export function splitBody(text: string): BodySegment[] {
  if (text === "") return [];

  const lines = text.split("\n");
  const signatureStart = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  const bodyLines = signatureStart === -1 ? lines : lines.slice(0, signatureStart);

  const segments: BodySegment[] = [];
  let run: string[] = [];
  let runKind: BodySegment["kind"] = "text";

  for (const line of bodyLines) {
    const kind = QUOTED_LINE.test(line) ? "quote" : "text";
    if (kind !== runKind && run.length > 0) {
      segments.push({ kind: runKind, text: run.join("\n") });
      run = [];
    }
    runKind = kind;
    run.push(line);
  }
  if (run.length > 0) segments.push({ kind: runKind, text: run.join("\n") });

  if (signatureStart !== -1) {
    segments.push({ kind: "signature", text: lines.slice(signatureStart).join("\n") });
  }
  return segments;
}

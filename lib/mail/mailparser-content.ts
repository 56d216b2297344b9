import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import { type DecodedContent, normalisedText, singleLine } from "./decoded-content";
import { MessageParseError } from "./errors";
import type { HeaderBlock } from "./headers";
import { type Mailbox, mailbox, unmaskPipermailAddress } from "./mailbox";

// mailparser, not postal-mime: on Node 20 postal-mime decoded windows-1252 text wrongly
// (Node's TextDecoder turns byte 0x93 into U+0093 instead of a curly quote) and joined
// format=flowed lines of different quote depths, and it parsed the fedora-devel fixture
// at about 1,200 messages/s against mailparser's 2,100.
// The options turn off output nobody here reads; HTML-only mail is still turned into text,
// with scripts and styles dropped.
const OPTIONS = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

/** Decodes subject, sender and text of any message with mailparser. */
export async function decodeWithMailparser(
  headers: HeaderBlock,
  raw: Buffer,
): Promise<DecodedContent> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(withUnmaskedFrom(headers, raw), OPTIONS);
  } catch (cause) {
    throw new MessageParseError("the message could not be decoded", { cause });
  }

  return {
    subject: singleLine(parsed.subject ?? ""),
    from: firstMailbox(parsed.from),
    text: normalisedText(parsed.text ?? ""),
  };
}

/**
 * The message with a Pipermail-masked From address ("foo at example.org (Foo)") made
 * ordinary first, because mailparser reads the masked form as a name without an address
 * and drops the real name in the comment.
 */
function withUnmaskedFrom(headers: HeaderBlock, raw: Buffer): Buffer {
  const field = headers.fields.find((candidate) => candidate.name === "from");
  if (field === undefined) return raw;

  const unmasked = unmaskPipermailAddress(field.value);
  if (unmasked === field.value.trim()) return raw;

  const rewritten = Buffer.from(`From: ${unmasked}`, "latin1");
  return Buffer.concat([raw.subarray(0, field.start), rewritten, raw.subarray(field.end)]);
}

function firstMailbox(from: AddressObject | undefined): Mailbox {
  const [first] = from?.value ?? [];
  const person = first?.group?.[0] ?? first;
  return mailbox(person?.name, person?.address);
}

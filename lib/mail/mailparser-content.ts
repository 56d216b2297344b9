import { type AddressObject, type Attachment, type ParsedMail, simpleParser } from "mailparser";
import { replacementsIn, unknownCharsetIn, withAsciiRelabelled } from "./charset-labels";
import {
  type AttachmentPart,
  type DecodedContent,
  normalisedText,
  singleLine,
} from "./decoded-content";
import { MessageParseError } from "./errors";
import { type HeaderBlock, headerValue, readHeaders } from "./headers";
import { type Mailbox, mailbox, unmaskPipermailAddress } from "./mailbox";
import { type PartHeaders, partHeaders } from "./part-headers";

// mailparser, not postal-mime: on Node 20 postal-mime decoded windows-1252 text wrongly
// (Node's TextDecoder turns byte 0x93 into U+0093 instead of a curly quote) and joined
// format=flowed lines of different quote depths, and it parsed the fedora-devel fixture
// at about 1,200 messages/s against mailparser's 2,100.
// The options turn off output nobody here reads; HTML-only mail is still turned into text,
// with scripts and styles dropped.
const OPTIONS = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

const TEXT_PLAIN = /^\s*text\/plain\s*(?:;|$)/i;

/** Decodes subject, sender, text and attachment list of any message with mailparser. */
export async function decodeWithMailparser(
  headers: HeaderBlock,
  raw: Buffer,
): Promise<DecodedContent> {
  const parts = partHeaders(raw, headers);
  const parsed = await parse(prepared(headers, raw, parts));
  const subject = singleLine(parsed.subject ?? "");
  const from = firstMailbox(parsed.from);
  const text = normalisedText(parsed.text ?? "");
  const problems = [
    unknownCharsetIn(parts),
    replacementsIn(raw, subject, from.name ?? "", text),
  ].filter((problem) => problem !== null);

  return {
    subject,
    from,
    text,
    fromHtml: parsed.html !== false && !parts.some(({ block }) => isPlainText(block)),
    attachments: parsed.attachments.map(listed),
    problems,
  };
}

/**
 * The attachments of a stored message with their bytes, in the order decodeWithMailparser
 * listed them, decoded again from the message as stored.
 */
export async function decodeAttachments(raw: Buffer, headers: HeaderBlock): Promise<Attachment[]> {
  const parsed = await parse(prepared(headers, raw, partHeaders(raw, headers)));
  return parsed.attachments;
}

async function parse(raw: Buffer): Promise<ParsedMail> {
  try {
    return await simpleParser(raw, OPTIONS);
  } catch (cause) {
    throw new MessageParseError("the message could not be decoded", { cause });
  }
}

function prepared(headers: HeaderBlock, raw: Buffer, parts: PartHeaders[]): Buffer {
  const relabelled = withAsciiRelabelled(raw, parts);
  return withUnmaskedFrom(relabelled === raw ? headers : readHeaders(relabelled), relabelled);
}

function isPlainText(block: HeaderBlock): boolean {
  const contentType = headerValue(block, "content-type");
  return contentType === undefined || TEXT_PLAIN.test(contentType);
}

function listed(attachment: Attachment): AttachmentPart {
  return {
    name: attachment.filename ?? null,
    contentType: attachment.contentType,
    size: attachment.size,
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

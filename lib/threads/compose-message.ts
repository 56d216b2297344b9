// A message written on the board, as the mail it would have been: its own Message-ID,
// In-Reply-To and References, encoded by nodemailer's composer, so that it can later be
// exported and mailed exactly like imported mail.
import { randomBytes } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer";

/** Message-IDs minted on the board end in this domain unless QUORUM_MESSAGE_ID_DOMAIN says. */
const DEFAULT_MESSAGE_ID_DOMAIN = "quorum.invalid";

export interface Composed {
  messageId: string;
  raw: Buffer;
  sentAt: Date;
}

export function newMessageId(): string {
  const domain = process.env.QUORUM_MESSAGE_ID_DOMAIN || DEFAULT_MESSAGE_ID_DOMAIN;
  return `${Date.now().toString(36)}.${randomBytes(9).toString("base64url")}@${domain}`;
}

export async function composeMessage(input: {
  from: { name: string | null; address: string };
  list: string;
  subject: string;
  body: string;
  sentAt: Date;
  inReplyTo?: string;
  references?: string[];
  /** Given when an edit composes a message again: it keeps the id it was first sent with. */
  messageId?: string;
}): Promise<Composed> {
  const messageId = input.messageId ?? newMessageId();
  const composer = new MailComposer({
    from: { name: input.from.name ?? "", address: input.from.address },
    to: input.list,
    subject: input.subject,
    text: input.body,
    date: input.sentAt,
    messageId: `<${messageId}>`,
    inReplyTo: input.inReplyTo ? `<${input.inReplyTo}>` : undefined,
    references: input.references?.map((id) => `<${id}>`),
  });
  const raw = await new Promise<Buffer>((resolve, reject) =>
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message))),
  );
  return { messageId, raw, sentAt: input.sentAt };
}

// Quoting as a mail client does: an attribution line, then the quoted text with "> " before
// every line, so that a reply reads the same on the board and in a mailbox.

export interface Quoted {
  authorName: string;
  date: Date;
  text: string;
}

/** "On Tue, 13 Jun 2017 09:12 UTC, Jane wrote:" — UTC, so every reader quotes alike. */
export function attributionLine(authorName: string, date: Date): string {
  const day = date.toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const time = date.toLocaleTimeString("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  return `On ${day.replace(",", "")} ${time} UTC, ${authorName} wrote:`;
}

/**
 * The attribution and `>` lines for `selection` of a message, or for the whole message when
 * the selection is empty. Already quoted lines get one more `>` without a space, as mail does.
 */
export function quoteMessage(message: Quoted, selection = ""): string {
  const chosen = selection.trim() ? selection : message.text;
  const lines = chosen
    .replace(/\r\n?/g, "\n")
    .replace(/^\n+|\s+$/g, "")
    .split("\n")
    .map((line) => (line.startsWith(">") ? `>${line}` : line === "" ? ">" : `> ${line}`));
  return `${attributionLine(message.authorName, message.date)}\n${lines.join("\n")}\n\n`;
}

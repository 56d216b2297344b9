// Writes a synthetic but realistic mbox for benchmarks: list mail with quoting, signatures,
// RFC 2047 names, quoted-printable bodies and deep reply chains. Deterministic for a seed, so
// that two runs measure the same archive.

import { once } from "node:events";
import { createWriteStream } from "node:fs";

export interface ArchiveShape {
  messages: number;
  threads: number;
  /** Size of the one very long thread (the first). */
  longestThread: number;
  list: string;
  seed?: number;
}

export const BENCH_ARCHIVE: ArchiveShape = {
  messages: 10_000,
  threads: 1_500,
  longestThread: 1_000,
  list: "bench@lists.example.org",
};

// What a message of BENCH_ARCHIVE takes in the file, on average: 14.5 MB for 10,000.
const BYTES_PER_MESSAGE = 1_520;

/** An archive of about `megabytes` with BENCH_ARCHIVE's shape: as many messages per thread. */
export function archiveOfSize(megabytes: number): ArchiveShape {
  const messages = Math.max(
    BENCH_ARCHIVE.longestThread * 2,
    Math.round((megabytes * 1_048_576) / BYTES_PER_MESSAGE),
  );
  const threads = Math.round((messages * BENCH_ARCHIVE.threads) / BENCH_ARCHIVE.messages);
  return { ...BENCH_ARCHIVE, messages, threads };
}

const NAMES = [
  "Anna Kowalska",
  "Bartłomiej Nowak",
  "Chen Wei",
  "Dmitri Ivanov",
  "Eva Müller",
  "François Dupont",
  "Giulia Rossi",
  "Hiro Tanaka",
  "Ingrid Johansson",
  "José García",
  "Kofi Mensah",
  "Lena Schmidt",
  "Mateo Fernández",
  "Nadia Haddad",
  "Olga Petrova",
  "Pedro Álvares",
  "Quinn O'Brien",
  "Ravi Patel",
  "Søren Kierkegaard",
  "Tomasz Wiśniewski",
  "Uma Reddy",
  "Viktor Horváth",
  "Wen Li",
  "Yusuf Demir",
];

const WORDS = (
  "package kernel maintainer repository community testing update signoff build failure mirror " +
  "release patch upstream dependency conflict rebuild toolchain security advisory keyring policy " +
  "vote proposal trusted user bylaws quorum discussion mailing list archive thread reply"
).split(" ");

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function encodedWord(name: string): string {
  // Non-ASCII names travel as RFC 2047 encoded words, as real clients send them.
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  return `=?utf-8?b?${Buffer.from(name, "utf8").toString("base64")}?=`;
}

/** The asctime() form of an mbox envelope line: "Tue Jun  6 20:58:01 2017". */
function asctime(date: Date): string {
  const match = /^(\w+), (\d+) (\w+) (\d+) ([\d:]+)/.exec(date.toUTCString()) as RegExpExecArray;
  const [, weekday, day, month, year, time] = match as unknown as string[];
  return `${weekday} ${month} ${(day as string).padStart(2, " ")} ${time} ${year}`;
}

interface Written {
  id: string;
  references: string[];
  subject: string;
  body: string;
  author: string;
}

/** Writes the archive to `file`; resolves with the number of messages written. */
export async function writeSyntheticArchive(file: string, shape: ArchiveShape): Promise<number> {
  const random = prng(shape.seed ?? 2017);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .join(" ")
      .replace(/^./, (c) => c.toUpperCase());

  // Thread sizes: the long one first, the rest share what remains as evenly as chance allows.
  const sizes = [shape.longestThread];
  const rest = shape.messages - shape.longestThread;
  for (let i = 1; i < shape.threads; i++) sizes.push(1);
  for (let i = 0; i < rest - (shape.threads - 1); i++) {
    const index = 1 + Math.floor(random() * (shape.threads - 1));
    sizes[index] = (sizes[index] as number) + 1;
  }

  const out = createWriteStream(file);
  const start = Date.UTC(2024, 0, 1);
  let clock = start;
  let written = 0;

  for (let t = 0; t < sizes.length; t++) {
    const messages: Written[] = [];
    const topic = `${sentence(6)} (${t})`;
    for (let i = 0; i < (sizes[t] as number); i++) {
      clock += 60_000 + Math.floor(random() * 600_000);
      const parent = i === 0 ? undefined : messages[Math.floor(random() ** 0.5 * messages.length)];
      const author = pick(NAMES);
      const id = `${t}.${i}.${Math.floor(random() * 1e9).toString(36)}@bench.example.org`;
      const quoted = parent
        ? `On ${new Date(clock - 3_600_000).toUTCString()}, ${parent.author} wrote:\n${parent.body
            .split("\n")
            .slice(0, 6)
            .map((line) => `> ${line}`)
            .join("\n")}\n\n`
        : "";
      const body = `${quoted}${Array.from({ length: 3 + Math.floor(random() * 6) }, () => sentence(12)).join("\n")}\n\n-- \n${author}`;
      const references = parent ? [...parent.references.slice(-20), parent.id] : [];
      const subject = parent ? `Re: [bench] ${topic}` : `[bench] ${topic}`;
      const date = new Date(clock);
      const address = `${author
        .split(" ")[0]
        ?.toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z]/g, "")}@example.org`;
      const useQp = random() < 0.3;
      const headers = [
        `From ${address} ${asctime(date)}`,
        `From: ${encodedWord(author)} <${address}>`,
        `To: ${shape.list}`,
        `Subject: ${subject}`,
        `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
        `Message-ID: <${id}>`,
        ...(parent
          ? [
              `In-Reply-To: <${parent.id}>`,
              `References: ${references.map((r) => `<${r}>`).join("\n ")}`,
            ]
          : []),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        `Content-Transfer-Encoding: ${useQp ? "quoted-printable" : "8bit"}`,
      ];
      // mboxrd: a body line starting with (quoted) "From " gains one more ">".
      const encoded = (useQp ? quotedPrintable(body) : body).replace(/^(>*From )/gm, ">$1");
      if (!out.write(`${headers.join("\n")}\n\n${encoded}\n\n`)) await once(out, "drain");
      messages.push({ id, references, subject, body, author });
      written += 1;
    }
  }
  out.end();
  await once(out, "finish");
  return written;
}

// Soft line breaks keep encoded lines within RFC 2045's 76 characters.
const QP_LINE = 75;

function quotedPrintable(text: string): string {
  return Buffer.from(text, "utf8")
    .toString("latin1")
    .split("\n")
    .map((line) => {
      const encoded = line.replace(
        /[=\x80-\xff]/g,
        (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
      );
      const pieces: string[] = [];
      let rest = encoded;
      while (rest.length > QP_LINE) {
        let cut = QP_LINE;
        // Never split an =XX escape.
        const lastEquals = rest.lastIndexOf("=", cut);
        if (lastEquals > cut - 3) cut = lastEquals;
        pieces.push(`${rest.slice(0, cut)}=`);
        rest = rest.slice(cut);
      }
      pieces.push(rest);
      return pieces.join("\n");
    })
    .join("\n");
}

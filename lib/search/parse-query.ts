// The search box's little language, turned into a PostgreSQL tsquery that cannot fail to parse
// or inject anything: words are reduced to letters and digits before they are quoted.
//
//   zeppelin toolchain     both words (stemmed: "rebuilds" finds "rebuild")
//   "new toolchain"        the words next to each other, in that order
//   tool*                  any word starting with "tool"
//   -gnome                 messages without the word

/** More terms than this is a pasted paragraph, not a search; the rest are ignored. */
export const MAX_QUERY_TERMS = 16;

export interface ParsedQuery {
  /** For to_tsquery('english', …); null when nothing searchable is left. */
  tsquery: string | null;
  /** The words searched for, for the page to say what it looked for. */
  words: string[];
}

/** Letters and digits of any script; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

function lexemes(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => `'${word}'`);
}

export function parseSearchQuery(input: string): ParsedQuery {
  const parts: string[] = [];
  const words: string[] = [];
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? [];

  for (const token of tokens.slice(0, MAX_QUERY_TERMS)) {
    const negated = token.startsWith("-") && token.length > 1;
    const bare = negated ? token.slice(1) : token;
    let part: string | null = null;

    if (bare.startsWith('"')) {
      const inPhrase = lexemes(bare);
      if (inPhrase.length > 0)
        part = inPhrase.length === 1 ? (inPhrase[0] as string) : `(${inPhrase.join(" <-> ")})`;
      words.push(...inPhrase.map((l) => l.slice(1, -1)));
    } else {
      const inWord = lexemes(bare);
      const prefix = bare.endsWith("*") && inWord.length > 0;
      // "x86_64" is one thing to a reader: its parts must all be there, next to each other.
      if (inWord.length > 0) {
        const last = `${inWord.at(-1)}${prefix ? ":*" : ""}`;
        const joined = [...inWord.slice(0, -1), last];
        part = joined.length === 1 ? last : `(${joined.join(" <-> ")})`;
      }
      words.push(...inWord.map((l) => l.slice(1, -1)));
    }

    if (part) parts.push(negated ? `!${part}` : part);
  }

  // A query of only exclusions would match nearly everything: it needs one positive term.
  if (!parts.some((part) => !part.startsWith("!"))) return { tsquery: null, words: [] };
  return { tsquery: parts.join(" & "), words };
}

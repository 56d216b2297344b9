import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownBody } from "@/components/MarkdownBody";
import { XSS_PAYLOADS } from "@/lib/testing/xss-corpus";

const html = (markdown: string) => renderToStaticMarkup(<MarkdownBody text={markdown} />);

/** What markup an attacker may not leave in the page, whatever the payload. */
const FORBIDDEN = [
  /<(script|style|iframe|object|embed|svg|math|img|video|audio|form|input(?! type="checkbox" disabled="")|base|link|meta|body|marquee|details|noscript|source)\b/i,
  /\son[a-z]+=/i,
  /\s(href|src|action|xlink:href)="\s*(javascript|vbscript|data):/i,
  /\sstyle=/i,
  // Ids come only from footnotes: prefixed, or the fixed label of the footnotes section.
  /\sid="(?!user-content-|footnote-label")/i,
  /\sname="(?!user-content-)/i,
];

describe("MarkdownBody", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const out = html(
      "# Title\n\n**bold** _em_ ~~gone~~ `code`\n\n- [x] done\n\n| a |\n|---|\n| 1 |\n\nhttps://archlinux.org",
    );
    expect(out).toContain("<h1>Title</h1>");
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<del>gone</del>");
    expect(out).toContain("<table>");
    expect(out).toContain('type="checkbox"');
    expect(out).toContain('<a href="https://archlinux.org" rel="nofollow ugc">');
  });

  it("shows raw HTML as the text that was typed", () => {
    expect(html("a <b>bold</b> word")).toContain("a &lt;b&gt;bold&lt;/b&gt; word");
  });

  it("turns images into links instead of loading them", () => {
    expect(html("![a diagram](https://example.org/d.png)")).toContain(
      '<a href="https://example.org/d.png" rel="nofollow ugc">[image: a diagram]</a>',
    );
  });

  it(`renders each of the ${XSS_PAYLOADS.length} payloads of the corpus inert`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    for (const payload of XSS_PAYLOADS) {
      const out = html(payload);
      // Text is escaped (&lt;), so every "<" left in the output opens a real element.
      const tags = (out.match(/<[^>]*>/g) ?? []).join(" ");
      for (const pattern of FORBIDDEN) expect(tags, `${payload}\n→ ${out}`).not.toMatch(pattern);
    }
  });
});

// Board messages are GitHub-flavoured Markdown, turned into a sanitised HTML tree on the server.
// What may survive is decided by an allow-list (GitHub's own, from rehype-sanitize), so anything
// the list does not name — script, style, event handlers, javascript:/vbscript:/data: links —
// is dropped however it was smuggled in.
//
// Raw HTML is never interpreted: it is shown as the text that was typed, so `<b>` reads as
// `<b>`. Images are not loaded: an image from another server tells that server who read the
// message and when (a tracking pixel), so each becomes a link to the image, named by its alt
// text, that a reader may follow on purpose.
import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** Only web and mail links: every other scheme is dropped with the link, leaving its text. */
const LINK_PROTOCOLS = ["http", "https", "mailto"];

const SCHEMA = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img"),
  protocols: { ...defaultSchema.protocols, href: LINK_PROTOCOLS },
  // remark-rehype already prefixes the only ids there are (footnotes, as raw HTML is text) with
  // "user-content-", so that none can clobber a global; prefixing again would break their links.
  clobberPrefix: "",
};

/** Raw HTML in the source becomes literal text instead of markup. */
function htmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: "text", value: node.value };
    });
  };
}

/** Every image becomes a link to it, so that no page load fetches it. */
function imagesAsLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      const alt = String(node.properties.alt ?? "") || "image";
      node.tagName = "a";
      node.properties = { href: node.properties.src };
      node.children = [{ type: "text", value: `[image: ${alt}]` }];
    });
  };
}

/** Links written by members are theirs, not the board's: search engines are told so. */
function ugcLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a" && node.properties.href) node.properties.rel = ["nofollow", "ugc"];
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(htmlAsText)
  .use(remarkRehype)
  .use(imagesAsLinks)
  .use(rehypeSanitize, SCHEMA)
  .use(ugcLinks);

/** The sanitised HTML tree of a Markdown body. */
export function markdownToHast(markdown: string): HastRoot {
  return processor.runSync(processor.parse(markdown)) as HastRoot;
}

import { contentDisposition, UNTRUSTED_CONTENT_HEADERS } from "@/lib/export/content-disposition";
import type { MboxExport } from "@/lib/export/export-thread";

/** An export as a download: application/mbox (RFC 4155), streamed. */
export function mboxResponse(mbox: MboxExport): Response {
  return new Response(mbox.stream, {
    headers: {
      "Content-Type": "application/mbox",
      "Content-Disposition": contentDisposition("attachment", mbox.filename, "export.mbox"),
      ...UNTRUSTED_CONTENT_HEADERS,
    },
  });
}

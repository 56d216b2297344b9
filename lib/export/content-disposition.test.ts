import { describe, expect, it } from "vitest";
import { contentDisposition, safeContentType } from "./content-disposition";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact name encoded", () => {
    expect(contentDisposition("attachment", "Résumé (final).pdf", "attachment-0")).toBe(
      `attachment; filename="R_sum_ _final_.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28final%29.pdf`,
    );
  });

  it.each([
    ['evil"; filename="x.html', `attachment; filename="evil_ filename_x.html"`],
    ["a\r\nSet-Cookie: x=1", `attachment; filename="a_Set-Cookie_ x_1"`],
    ["../../etc/passwd", `attachment; filename="etc_passwd"`],
    ["..\\..\\boot.ini", `attachment; filename="boot.ini"`],
  ])("keeps %j from breaking the header or naming a path", (name, start) => {
    const header = contentDisposition("attachment", name, "attachment-0");
    expect(header.startsWith(start)).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"').length).toBe(3);
  });

  it("drops bidirectional controls, which would disguise a name's extension", () => {
    expect(contentDisposition("attachment", "invoice\u202Etxt.exe", "attachment-0")).toBe(
      `attachment; filename="invoice_txt.exe"; filename*=UTF-8''invoice_txt.exe`,
    );
  });

  it("falls back to a default name when the mail gave none", () => {
    expect(contentDisposition("attachment", null, "attachment-3")).toBe(
      `attachment; filename="attachment-3"; filename*=UTF-8''attachment-3`,
    );
  });
});

describe("safeContentType", () => {
  it("passes a plain type and turns anything else into application/octet-stream", () => {
    expect(safeContentType("Text/X-Patch")).toBe("text/x-patch");
    expect(safeContentType("text/html\r\nX-Evil: 1")).toBe("application/octet-stream");
    expect(safeContentType("")).toBe("application/octet-stream");
  });
});

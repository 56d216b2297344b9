// GET /api/lists/<address>/mbox?from=&to= — a list's messages sent in [from, to) as an mboxrd
// file, for signed-in members. Either bound may be left out; each is a date or a date-time.
import { z } from "zod";
import { exportListMbox } from "@/lib/export/export-list";
import { requireMailExportReader } from "@/lib/export/mail-export-access";
import { mboxResponse } from "@/lib/export/mbox-response";
import { handle } from "@/lib/http/errors";
import { isStorableDate, parseParam, parseSearch, STORABLE_DATE_ERROR } from "@/lib/http/params";

export const dynamic = "force-dynamic";

const addressSchema = z.email({ error: "must be a list address" });

const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "must be a date (2010-01-31) or a date-time (2010-01-31T12:00:00Z)",
  })
  .transform((value) => new Date(value))
  .refine(isStorableDate, STORABLE_DATE_ERROR)
  .optional();

const rangeSchema = z
  .object({ from: instant, to: instant })
  .refine(({ from, to }) => !from || !to || from < to, {
    error: "must come after from",
    path: ["to"],
  });

export const GET = handle(
  async (request: Request, context: { params: Promise<{ address: string }> }) => {
    await requireMailExportReader(request);
    const address = parseParam(addressSchema, (await context.params).address, "address");
    const range = parseSearch(rangeSchema, new URL(request.url).searchParams);
    return mboxResponse(await exportListMbox(address, range));
  },
);

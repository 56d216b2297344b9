// GET /api/threads/<id>/mbox — the thread as an mboxrd file, for signed-in members.
import { exportThreadMbox } from "@/lib/export/export-thread";
import { requireMailExportReader } from "@/lib/export/mail-export-access";
import { mboxResponse } from "@/lib/export/mbox-response";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    await requireMailExportReader(request);
    const id = parseParam(idSchema, (await context.params).id, "id");
    return mboxResponse(await exportThreadMbox(id));
  },
);

// GET /api/lists — every mailing list in the archive.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { findLists } from "@/lib/lists/find-lists";

export const dynamic = "force-dynamic";

export const GET = handle(async () => NextResponse.json({ lists: await findLists() }));

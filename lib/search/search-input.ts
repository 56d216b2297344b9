// The search form's fields, shared by /search and GET /api/search.
import { z } from "zod";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { isStorableDate, pageSchema, STORABLE_DATE_ERROR } from "@/lib/http/params";
import type { SearchFilters } from "@/lib/search/find-messages";

/** Longer than any sensible query; keeps a pasted page out of the database. */
export const MAX_QUERY_LENGTH = 500;

const blankAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const day = z.preprocess(
  blankAsUndefined,
  z.iso
    .date({ error: "must be a date like 2017-06-13" })
    .refine((date) => isStorableDate(new Date(`${date}T00:00:00Z`)), STORABLE_DATE_ERROR)
    .optional(),
);

export const searchInputSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(""),
  list: z.preprocess(blankAsUndefined, z.string().max(320).optional()),
  author: z.preprocess(blankAsUndefined, z.string().max(320).optional()),
  from: day,
  to: day,
  status: z.preprocess(
    blankAsUndefined,
    z.enum(Object.values(ProposalStatus) as [ProposalStatus, ...ProposalStatus[]]).optional(),
  ),
  page: pageSchema,
});

export type SearchInput = z.infer<typeof searchInputSchema>;

/** The filters of a parsed form; "to" includes its whole day. */
export function filtersOf(input: SearchInput): SearchFilters {
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return {
    list: input.list,
    author: input.author,
    from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
    to: input.to ? dayAfter(input.to) : undefined,
    proposalStatus: input.status,
  };
}

// What it takes to open a proposal: one schema for the form and for POST /api/proposals.
import { z } from "zod";
import { idSchema } from "@/lib/http/params";

/** Long enough for "Move linux-mptcp from the AUR to [community]", short enough for a list. */
export const TITLE_MAX = 200;
/** A proposal's text; the argument itself happens in its discussion thread. */
export const BODY_MAX = 20_000;

// Arch's package name rule: lower case letters, digits and @ . _ + -, not starting with - or .
const packageName = z
  .string({ error: "name the package" })
  .trim()
  .min(1, "name the package")
  .max(255, "a package name has at most 255 characters")
  .regex(/^[a-z0-9@_+][a-z0-9@._+-]*$/, "a package name uses a–z, 0–9 and @ . _ + - only");

const repository = (which: string) =>
  z
    .string({ error: `name the repository to ${which}` })
    .trim()
    .min(1, `name the repository to ${which}`)
    .max(40, "a repository name has at most 40 characters")
    .regex(/^[A-Za-z0-9._-]+$/, "a repository name uses letters, digits and . _ - only");

const common = {
  title: z
    .string({ error: "give the proposal a title" })
    .trim()
    .min(5, "a title has at least 5 characters")
    .max(TITLE_MAX, `a title has at most ${TITLE_MAX} characters`),
  body: z.string().trim().max(BODY_MAX, `the text has at most ${BODY_MAX} characters`).default(""),
  /** An imported thread that becomes the proposal's discussion, instead of a new one. */
  threadId: idSchema.optional(),
};

const subjectUser = z.email({ error: "give the email address of the person the vote is about" });

export const proposalInputSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      ...common,
      kind: z.literal("package_add"),
      packageName,
      toRepo: repository("add it to"),
    }),
    z.object({
      ...common,
      kind: z.literal("package_move"),
      packageName,
      fromRepo: repository("move it from"),
      toRepo: repository("move it to"),
    }),
    z.object({
      ...common,
      kind: z.literal("package_drop"),
      packageName,
      fromRepo: repository("drop it from"),
    }),
    z.object({ ...common, kind: z.literal("trusted_user_add"), subjectUser }),
    z.object({ ...common, kind: z.literal("trusted_user_remove"), subjectUser }),
    z.object({ ...common, kind: z.literal("policy") }),
    z.object({ ...common, kind: z.literal("bylaws") }),
  ],
  { error: "choose what kind of proposal this is" },
);

export type ProposalInput = z.infer<typeof proposalInputSchema>;

import { describe, expect, it } from "vitest";
import { phaseAt, timeline } from "@/lib/proposals/phase";

const t = (iso: string) => new Date(iso);
const schedule = {
  status: "discussion" as const,
  discussionStartsAt: t("2026-01-01T00:00:00Z"),
  votingStartsAt: t("2026-01-06T00:00:00Z"),
  votingEndsAt: t("2026-01-13T00:00:00Z"),
};

describe("phaseAt", () => {
  it("follows the instants, whatever the stored status says", () => {
    expect(phaseAt(schedule, t("2025-12-31T23:59:59Z"))).toBe("draft");
    expect(phaseAt(schedule, t("2026-01-01T00:00:00Z"))).toBe("discussion");
    expect(phaseAt(schedule, t("2026-01-06T00:00:00Z"))).toBe("voting");
    expect(phaseAt(schedule, t("2026-01-12T23:59:59.999Z"))).toBe("voting");
  });

  it("closes at the closing instant itself", () => {
    expect(phaseAt(schedule, t("2026-01-13T00:00:00.000Z"))).toBe("closed");
  });

  it("keeps a withdrawn proposal withdrawn", () => {
    expect(phaseAt({ ...schedule, status: "withdrawn" }, t("2026-01-07T00:00:00Z"))).toBe(
      "withdrawn",
    );
  });

  it("treats a proposal without a schedule as a draft", () => {
    const draft = {
      status: "draft" as const,
      discussionStartsAt: null,
      votingStartsAt: null,
      votingEndsAt: null,
    };
    expect(phaseAt(draft, t("2030-01-01T00:00:00Z"))).toBe("draft");
  });
});

describe("timeline", () => {
  it("lists every transition, marking the ones still ahead", () => {
    const entries = timeline(
      { ...schedule, createdAt: t("2026-01-01T00:00:00Z"), closedAt: null },
      t("2026-01-07T00:00:00Z"),
    );
    expect(entries.map((e) => [e.status, e.at.toISOString(), e.reached])).toEqual([
      ["draft", "2026-01-01T00:00:00.000Z", true],
      ["discussion", "2026-01-01T00:00:00.000Z", true],
      ["voting", "2026-01-06T00:00:00.000Z", true],
      ["closed", "2026-01-13T00:00:00.000Z", false],
    ]);
  });

  it("ends a withdrawn proposal at its withdrawal", () => {
    const entries = timeline(
      {
        ...schedule,
        status: "withdrawn",
        createdAt: t("2026-01-01T00:00:00Z"),
        closedAt: t("2026-01-03T00:00:00Z"),
      },
      t("2026-01-07T00:00:00Z"),
    );
    expect(entries.map((e) => e.status)).toEqual(["draft", "discussion", "withdrawn"]);
  });
});

-- Voting: the frozen electorate's instant, the decision at close, editable rule sets, the
-- tests' clock, and a guard that keeps the ballot history append-only.

-- AlterTable
ALTER TABLE "proposal" ADD COLUMN "electorateFrozenAt" TIMESTAMPTZ(3),
ADD COLUMN "decision" JSONB;

-- CreateTable
CREATE TABLE "rule_set" (
    "kind" "ProposalKind" NOT NULL,
    "rules" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    CONSTRAINT "rule_set_pkey" PRIMARY KEY ("kind")
);

CREATE TABLE "test_clock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offsetMs" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "test_clock_pkey" PRIMARY KEY ("id")
);

-- Every ballot ever cast stays as it was cast: the database itself refuses to change or
-- remove one, whatever code or person asks.
CREATE FUNCTION "ballot_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ballot history is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ballot_event_append_only"
  BEFORE UPDATE OR DELETE ON "ballot_event"
  FOR EACH ROW EXECUTE FUNCTION "ballot_event_is_append_only"();

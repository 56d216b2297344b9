-- The full-text index moves from an expression index on "message" to a table of its own, so that
-- an import can compute it on a second connection while it stores the next batch: computing a
-- message's tsvector costs PostgreSQL about as much as storing the message, and an expression
-- index makes the inserting connection pay for both, one after the other, on one core.
--
-- A row also carries the message's date and whether a moderator hid it, so that a search for
-- common words sorts and filters its thousands of matches here, joining only the page it shows.
--
-- Every other writer (a reply, an edit, a hiding) keeps message_search in step through the
-- trigger below.
-- The importer sets quorum.search_indexed_by = 'importer' in its batch transaction, which skips
-- the trigger, and indexes the committed batch itself (lib/archive/search-index.ts); an import
-- that was killed in between leaves messages without a row, which the next import of that list
-- fills in before it starts.

-- CreateTable
CREATE TABLE "message_search" (
    "messageId" INTEGER NOT NULL,
    "vector" tsvector NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "message_search_pkey" PRIMARY KEY ("messageId")
);

-- AddForeignKey
ALTER TABLE "message_search" ADD CONSTRAINT "message_search_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION message_search_keep() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO "message_search" ("messageId", "vector", "sentAt", "hidden")
        VALUES (NEW."id", message_search_vector(NEW."subject", NEW."body"), NEW."sentAt",
                NEW."hiddenAt" IS NOT NULL)
        ON CONFLICT ("messageId") DO UPDATE
            SET "vector" = EXCLUDED."vector", "sentAt" = EXCLUDED."sentAt", "hidden" = EXCLUDED."hidden";
        RETURN NULL;
    END
    $$;

CREATE TRIGGER "message_search_keep"
    AFTER INSERT OR UPDATE OF "subject", "body", "sentAt", "hiddenAt" ON "message"
    FOR EACH ROW
    WHEN (current_setting('quorum.search_indexed_by', true) IS DISTINCT FROM 'importer')
    EXECUTE FUNCTION message_search_keep();

INSERT INTO "message_search" ("messageId", "vector", "sentAt", "hidden")
SELECT "id", message_search_vector("subject", "body"), "sentAt", "hiddenAt" IS NOT NULL FROM "message";

DROP INDEX "message_search_idx";

-- CreateIndex
CREATE INDEX "message_search_vector_idx" ON "message_search" USING GIN ("vector");
-- Newest first: a search for common words reads matches in this order and stops at a page.
CREATE INDEX "message_search_sentAt_messageId_idx" ON "message_search"("sentAt" DESC, "messageId" DESC);

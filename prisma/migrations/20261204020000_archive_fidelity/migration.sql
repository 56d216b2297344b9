-- Faithful import and export of list archives: duplicate Message-IDs told apart by content,
-- attachments, full-text search, and a record of each import run.

-- The text message."searchVector" indexes: the subject and the sender's own words. Quoted lines
-- (">" at the start, as lib/mail/body.ts reads them) and everything from the signature
-- separator ("-- " alone on a line) on are left out, so that a search finds the message that
-- said something rather than every reply quoting it. Capped at 100,000 characters: a tsvector
-- holds at most 1 MB and word positions only up to 16,383, so the tail of a pasted log would add
-- nothing but the risk of an error that fails the whole import batch.
CREATE FUNCTION message_search_text(subject TEXT, body TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$
        SELECT left(
            subject || E'\n' || regexp_replace(
                regexp_replace(body, '(^|\n)--[ \t\r]*(\n.*)?$', ''),
                '^[ \t]*>[^\n]*', '', 'gn'),
            100000)
    $$;

-- AlterTable
ALTER TABLE "message" ADD COLUMN "contentHash" BYTEA;
ALTER TABLE "message" ADD COLUMN "attachments" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "message" ADD COLUMN "searchVector" tsvector
    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, message_search_text("subject", "body"))) STORED;

-- CreateTable
CREATE TABLE "mbox_import" (
    "id" SERIAL NOT NULL,
    "listId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "variant" TEXT,
    "messagesRead" INTEGER NOT NULL DEFAULT 0,
    "messagesStored" INTEGER NOT NULL DEFAULT 0,
    "duplicatesSkipped" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    CONSTRAINT "mbox_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "message_searchVector_idx" ON "message" USING GIN ("searchVector");
CREATE INDEX "mbox_import_listId_startedAt_idx" ON "mbox_import"("listId", "startedAt");

-- AddForeignKey
ALTER TABLE "mbox_import" ADD CONSTRAINT "mbox_import_listId_fkey" FOREIGN KEY ("listId") REFERENCES "mailing_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search as an expression index instead of a stored column. The generated column of
-- 20261204020000_archive_fidelity stored every message's tsvector a second time beside the
-- body, and Prisma's schema reader cannot see such a column, so the schema check could not hold.
-- An index over the same words keeps one copy, in the index, and costs less on every insert.
--
-- message_search_vector(subject, body) is what the GIN index message_search_idx holds; a search
-- that writes the same call, as in
--   WHERE message_search_vector(subject, body) @@ websearch_to_tsquery('english', $1)
-- is answered from the index. It covers the subject and the sender's own words: quoted lines
-- (">" at the start, as lib/mail/body.ts reads them) and everything from the signature
-- separator ("-- " alone on a line) on are left out, so that a search finds the message that
-- said something rather than every reply quoting it. Capped at 100,000 characters: a tsvector
-- holds at most 1 MB and word positions only up to 16,383, so the tail of a pasted log would add
-- nothing but the risk of an error that fails the whole import batch.

-- AlterTable
ALTER TABLE "message" DROP COLUMN "searchVector";
DROP FUNCTION message_search_text(TEXT, TEXT);

CREATE FUNCTION message_search_vector(subject TEXT, body TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    AS $$
        SELECT to_tsvector('english'::regconfig, left(
            subject || E'\n' || regexp_replace(
                regexp_replace(body, '(^|\n)--[ \t\r]*(\n.*)?$', ''),
                '^[ \t]*>[^\n]*', '', 'gn'),
            100000))
    $$;

-- CreateIndex
CREATE INDEX "message_search_idx" ON "message" USING GIN (message_search_vector("subject", "body"));

-- A message's raw bytes and body are compressed with lz4 where the server was built with it
-- (Debian's PostgreSQL is; the embedded one is not, and keeps the default pglz): it compresses
-- mail about as well and several times faster, which an import of a large archive feels.
DO $$
BEGIN
    ALTER TABLE "message" ALTER COLUMN "raw" SET COMPRESSION lz4, ALTER COLUMN "body" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    NULL;
END
$$;

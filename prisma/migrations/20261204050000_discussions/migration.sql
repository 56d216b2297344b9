-- Discussions on the board: thread locks, message edits with their earlier bodies, hidden
-- messages and the record of moderation actions.

-- CreateEnum
CREATE TYPE "ModerationAction" AS ENUM ('hide_message', 'show_message', 'lock_thread', 'unlock_thread');

-- AlterTable
ALTER TABLE "thread" ADD COLUMN "lockedAt" TIMESTAMPTZ(3);

ALTER TABLE "message" ADD COLUMN "editedAt" TIMESTAMPTZ(3),
ADD COLUMN "hiddenAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "message_revision" (
    "id" SERIAL NOT NULL,
    "messageId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "writtenAt" TIMESTAMPTZ(3) NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "message_revision_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "moderation_event" (
    "id" SERIAL NOT NULL,
    "action" "ModerationAction" NOT NULL,
    "actorId" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "messageId" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "moderation_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "message_revision_messageId_replacedAt_idx" ON "message_revision"("messageId", "replacedAt");

CREATE INDEX "moderation_event_threadId_at_idx" ON "moderation_event"("threadId", "at");

-- AddForeignKey
ALTER TABLE "message_revision" ADD CONSTRAINT "message_revision_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "moderation_event" ADD CONSTRAINT "moderation_event_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "moderation_event" ADD CONSTRAINT "moderation_event_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Live updates: every change a reader of a thread would see is announced on the channel
-- quorum_thread_changed with the thread's id, whoever made it (the board, an import, a vote),
-- so that each app instance can tell its open pages. Statement triggers, so that an import of
-- thousands of messages sends one notification per thread, not one per message.
CREATE FUNCTION "notify_threads_of_messages"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('quorum_thread_changed', t."threadId"::text)
    FROM (SELECT DISTINCT "threadId" FROM changed) t;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "message_inserted_notify"
  AFTER INSERT ON "message" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_threads_of_messages"();

CREATE TRIGGER "message_updated_notify"
  AFTER UPDATE ON "message" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_threads_of_messages"();

CREATE FUNCTION "notify_threads_of_ballots"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('quorum_thread_changed', p."threadId"::text)
    FROM "proposal" p WHERE p."id" IN (SELECT DISTINCT "proposalId" FROM changed);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ballot_inserted_notify"
  AFTER INSERT ON "ballot" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_threads_of_ballots"();

CREATE TRIGGER "ballot_updated_notify"
  AFTER UPDATE ON "ballot" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_threads_of_ballots"();

CREATE FUNCTION "notify_thread_lock"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('quorum_thread_changed', NEW."id"::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "thread_lock_notify"
  AFTER UPDATE OF "lockedAt" ON "thread"
  FOR EACH ROW EXECUTE FUNCTION "notify_thread_lock"();

-- CreateTable
CREATE TABLE "thread_visit" (
    "userId" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "visitedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "thread_visit_pkey" PRIMARY KEY ("userId","threadId")
);

-- AddForeignKey
ALTER TABLE "thread_visit" ADD CONSTRAINT "thread_visit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "thread_visit" ADD CONSTRAINT "thread_visit_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The whole board's first schema: the mail archive, people and roles, proposals and votes.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('member', 'maintainer', 'trusted', 'admin');
CREATE TYPE "ProposalKind" AS ENUM ('package_add', 'package_move', 'package_drop', 'trusted_user_add', 'trusted_user_remove', 'policy', 'bylaws');
CREATE TYPE "ProposalStatus" AS ENUM ('draft', 'discussion', 'voting', 'accepted', 'rejected', 'no_quorum', 'withdrawn');
CREATE TYPE "BallotChoice" AS ENUM ('yes', 'no', 'abstain');

-- CreateTable
CREATE TABLE "mailing_list" (
    "id" SERIAL NOT NULL,
    "address" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mailing_list_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "address" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "userId" TEXT,
    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "thread" (
    "id" SERIAL NOT NULL,
    "listId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "thread_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "message" (
    "id" SERIAL NOT NULL,
    "listId" INTEGER NOT NULL,
    "messageId" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "inReplyTo" TEXT[],
    "references" TEXT[],
    "authorId" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "utcOffset" INTEGER,
    "dateSource" TEXT NOT NULL DEFAULT 'date',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "raw" BYTEA NOT NULL,
    "awaitingParent" BOOLEAN NOT NULL DEFAULT false,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "postedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "role_grant" (
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "role_grant_pkey" PRIMARY KEY ("userId", "role")
);

CREATE TABLE "role_event" (
    "id" SERIAL NOT NULL,
    "actorId" TEXT,
    "subjectId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "role_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "account_pkey" PRIMARY KEY ("provider", "providerAccountId")
);

CREATE TABLE "session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "session_pkey" PRIMARY KEY ("sessionToken")
);

CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier", "token")
);

CREATE TABLE "proposal" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "packageName" TEXT,
    "fromRepo" TEXT,
    "toRepo" TEXT,
    "subjectUserId" TEXT,
    "proposerId" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'draft',
    "rules" JSONB NOT NULL,
    "threadId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "discussionStartsAt" TIMESTAMPTZ(3),
    "votingStartsAt" TIMESTAMPTZ(3),
    "votingEndsAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    CONSTRAINT "proposal_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "electorate_member" (
    "proposalId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "electorate_member_pkey" PRIMARY KEY ("proposalId", "userId")
);

CREATE TABLE "ballot" (
    "proposalId" INTEGER NOT NULL,
    "voterId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,
    "castAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ballot_pkey" PRIMARY KEY ("proposalId", "voterId")
);

CREATE TABLE "ballot_event" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "voterId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,
    "castAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ballot_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mailing_list_address_key" ON "mailing_list"("address");
CREATE UNIQUE INDEX "person_address_key" ON "person"("address");
CREATE UNIQUE INDEX "person_userId_key" ON "person"("userId");
CREATE INDEX "thread_listId_lastActivityAt_idx" ON "thread"("listId", "lastActivityAt" DESC);
CREATE INDEX "thread_lastActivityAt_idx" ON "thread"("lastActivityAt" DESC);
CREATE INDEX "thread_subject_idx" ON "thread" USING HASH ("subject");
CREATE INDEX "message_threadId_sentAt_idx" ON "message"("threadId", "sentAt");
CREATE INDEX "message_parentId_idx" ON "message"("parentId");
CREATE INDEX "message_authorId_idx" ON "message"("authorId");
-- Only the few messages still waiting for the parent they name; an import looks through these
-- for replies to what it brings. Prisma's schema language cannot express a partial index.
CREATE INDEX "message_awaiting_parent_idx" ON "message"("listId") WHERE "awaitingParent";
CREATE UNIQUE INDEX "message_listId_messageId_key" ON "message"("listId", "messageId");
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");
CREATE INDEX "role_event_subjectId_at_idx" ON "role_event"("subjectId", "at");
CREATE INDEX "session_userId_idx" ON "session"("userId");
CREATE UNIQUE INDEX "proposal_threadId_key" ON "proposal"("threadId");
CREATE INDEX "proposal_status_idx" ON "proposal"("status");
CREATE INDEX "proposal_packageName_idx" ON "proposal"("packageName");
CREATE INDEX "ballot_event_proposalId_castAt_idx" ON "ballot_event"("proposalId", "castAt");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "thread" ADD CONSTRAINT "thread_listId_fkey" FOREIGN KEY ("listId") REFERENCES "mailing_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_listId_fkey" FOREIGN KEY ("listId") REFERENCES "mailing_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "thread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_postedById_fkey" FOREIGN KEY ("postedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "thread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "electorate_member" ADD CONSTRAINT "electorate_member_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "electorate_member" ADD CONSTRAINT "electorate_member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot_event" ADD CONSTRAINT "ballot_event_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot_event" ADD CONSTRAINT "ballot_event_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

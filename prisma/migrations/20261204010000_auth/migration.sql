-- Sign-in and permissions: where a role change came from, personal API tokens, rate limits kept
-- in the database, and the development outbox for sign-in emails.

-- CreateEnum
CREATE TYPE "RoleEventSource" AS ENUM ('admin', 'operator', 'first_sign_in');

-- AlterTable
ALTER TABLE "role_event" ADD COLUMN "source" "RoleEventSource" NOT NULL DEFAULT 'admin';

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "windowStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "dev_outbox_email" (
    "id" SERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dev_outbox_email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_hash_key" ON "api_token"("hash");
CREATE INDEX "api_token_userId_idx" ON "api_token"("userId");

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

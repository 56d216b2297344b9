// The electorate: the trusted users at the instant voting starts, copied once and never
// changed afterwards, whoever is granted or loses the role later.
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Copies the electorate of a proposal as of `votingStartsAt` from the role history, so that
 * the result is exact even when this runs later than that instant. A user's standing is their
 * last trusted grant or revoke at or before the instant; a user with no recorded history counts
 * from their role's grant time. Disabled users and the proposal's subject are left out.
 */
export async function freezeElectorate(
  tx: Prisma.TransactionClient,
  proposal: { id: number; votingStartsAt: Date; subjectUserId: string | null },
): Promise<number> {
  const at = proposal.votingStartsAt;
  const inserted = await tx.$executeRaw`
    INSERT INTO electorate_member ("proposalId", "userId")
    SELECT ${proposal.id}, u.id FROM "user" u
     WHERE (u."disabledAt" IS NULL OR u."disabledAt" > ${at})
       AND u.id IS DISTINCT FROM ${proposal.subjectUserId}
       AND COALESCE(
             (SELECT e.granted FROM role_event e
               WHERE e."subjectId" = u.id AND e.role = 'trusted' AND e.at <= ${at}
               ORDER BY e.at DESC, e.id DESC LIMIT 1),
             NOT EXISTS (SELECT 1 FROM role_event e WHERE e."subjectId" = u.id AND e.role = 'trusted')
               AND EXISTS (SELECT 1 FROM role_grant g
                            WHERE g."userId" = u.id AND g.role = 'trusted' AND g."grantedAt" <= ${at}))
    ON CONFLICT DO NOTHING`;
  await tx.proposal.update({ where: { id: proposal.id }, data: { electorateFrozenAt: at } });
  return inserted;
}

// The demo's users, one for each role. Apart from the demo seed (demo.ts) so that the sign-in
// page, which lists them, does not bring the importer into the Next.js bundle.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  {
    email: "alice@example.org",
    name: "Alice Admin",
    roles: ["member", "maintainer", "trusted", "admin"],
  },
  { email: "bob@example.org", name: "Bob Maintainer", roles: ["member", "maintainer", "trusted"] },
  { email: "carol@example.org", name: "Carol Trusted", roles: ["member", "trusted"] },
  { email: "dave@example.org", name: "Dave Member", roles: ["member"] },
];

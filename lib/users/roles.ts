import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

export const ROLES = Object.values(Role);

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

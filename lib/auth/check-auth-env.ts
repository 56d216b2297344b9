import { authEnv } from "@/lib/auth/env";

/** Stops the server with the variable named when the sign-in configuration is wrong. */
export function checkAuthEnvOrExit(): void {
  try {
    authEnv();
  } catch (error) {
    console.error(`Quorum cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

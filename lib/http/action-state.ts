// What a server action tells its form: done, or the message of the AppError that refused it.
// Anything else is a bug and is rethrown, as are Next.js's own redirect signals.
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";

export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "done"; value: T }
  | { status: "refused"; message: string };

export const IDLE: ActionState<never> = { status: "idle" };

export async function actionState<T>(work: () => Promise<T>): Promise<ActionState<T>> {
  try {
    return { status: "done", value: await work() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    log.info("action.refused", { kind: error.kind });
    return { status: "refused", message: error.message };
  }
}

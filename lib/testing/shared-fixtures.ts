// Where the tests find the shared fixture archives: ../shared/fixtures beside the repository. A
// clone made somewhere else (`git clone . "$(mktemp -d)"`, as a CI run may do) has no such
// neighbour, so it looks beside the repository it was cloned from.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));

function besideRepository(repository: string): string {
  return path.join(repository, "..", "shared", "fixtures");
}

/** The folder this clone was made from, when its origin is a folder on this machine. */
function originFolder(): string | null {
  let origin: string;
  try {
    origin = execFileSync("git", ["-C", REPOSITORY, "config", "--get", "remote.origin.url"], {
      encoding: "utf8",
    }).trim();
  } catch {
    return null;
  }
  if (origin.startsWith("file://")) return fileURLToPath(origin);
  return /^[a-z][a-z0-9+.-]*:/i.test(origin) ? null : path.resolve(REPOSITORY, origin);
}

function locate(): URL {
  const candidates = [REPOSITORY, originFolder()].filter((folder) => folder !== null);
  const found = candidates.map(besideRepository).find((folder) => existsSync(folder));
  if (found === undefined) {
    throw new Error(
      `the shared fixtures are not in ${besideRepository(REPOSITORY)}, nor beside the repository this one was cloned from`,
    );
  }
  return pathToFileURL(`${found}${path.sep}`);
}

export const FIXTURES = locate();

export const MPTCP_MBOX = new URL("linux-mptcp-community.mbox", FIXTURES);
export const MPTCP_EXPECTED = new URL("linux-mptcp-community.expected.json", FIXTURES);
export const FEDORA_MBOX = new URL("fedora-devel-2010-01.mbox.gz", FIXTURES);
export const FEDORA_EXPECTED = new URL("fedora-devel-2010-01.expected.json", FIXTURES);

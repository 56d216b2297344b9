// Where the shared fixture archives live, for the tests of this folder.
export const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

export const MPTCP_MBOX = new URL("linux-mptcp-community.mbox", FIXTURES);
export const MPTCP_EXPECTED = new URL("linux-mptcp-community.expected.json", FIXTURES);
export const FEDORA_MBOX = new URL("fedora-devel-2010-01.mbox.gz", FIXTURES);
export const FEDORA_EXPECTED = new URL("fedora-devel-2010-01.expected.json", FIXTURES);

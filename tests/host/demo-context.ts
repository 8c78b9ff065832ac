/**
 * What the later demo builders need to know about the demo's people. The administrator (also a
 * co-ordinator) is signed in while they run; `dataDir`, `username` and `passphrase` let a builder
 * write history dated in the past straight into the database and reopen the vault after.
 */
export interface DemoContext {
  dataDir: string;
  username: string;
  passphrase: string;
  caseworkerAccountId: string;
  leadMentorAccountId: string;
  safeguardingLeadAccountId: string;
}

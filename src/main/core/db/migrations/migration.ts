export interface Migration {
  /** Matches `PRAGMA user_version` after it has run. Numbered from 1 with no gaps. */
  version: number;
  name: string;
  sql: string;
}

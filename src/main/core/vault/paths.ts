import { join } from 'node:path';

/** Where the vault keeps its files; apart from vault.service.ts so the rotation and restore code need not import the service. */
export interface VaultPaths {
  dir: string;
  header: string;
  throttle: string;
  database: string;
  backups: string;
  /** The rollback anchor between vault-file writes (see anchor-file.ts). */
  anchor: string;
}

export const vaultPaths = (dir: string): VaultPaths => ({
  dir,
  header: join(dir, 'vault.json'),
  throttle: join(dir, 'throttle.json'),
  database: join(dir, 'waymark.db'),
  backups: join(dir, 'backups'),
  anchor: join(dir, 'anchor.bin'),
});

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupList } from '../../../../shared/contract';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { newestFirst } from './backup-format';

const LIST = ['backups', 'list'] as const;
const INTEGRITY = ['backups', 'integrity'] as const;

/**
 * The backups (newest first) and what the background worker is doing. While it is busy, or while
 * the screen is waiting for a backup it asked for, the list is asked for again every second.
 */
export function useBackups(options: { watching?: boolean } = {}) {
  return useQuery({
    queryKey: LIST,
    queryFn: () => run(api().backups.list({})),
    select: (list): BackupList => ({ ...list, backups: newestFirst(list.backups) }),
    refetchInterval: (query) =>
      options.watching || (query.state.data && query.state.data.activity !== 'idle') ? 1000 : false,
  });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => run(api().backups.create({})),
    onSuccess: () => client.invalidateQueries({ queryKey: LIST }),
  });
}

export function useSetBackupsToKeep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (backupsToKeep: number) => run(api().backups.setKeep({ backupsToKeep })),
    // Older backups are removed after the save, in the background: show the shorter list soon.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: LIST });
      window.setTimeout(() => void client.invalidateQueries({ queryKey: LIST }), 1000);
    },
  });
}

/** The background integrity check's answer, from vault.status (asked again while it runs). */
export function useIntegrity() {
  return useQuery({
    queryKey: INTEGRITY,
    queryFn: async () => (await run(api().vault.status({}))).integrity ?? null,
    refetchInterval: (query) => (query.state.data === 'checking' ? 2000 : false),
  });
}

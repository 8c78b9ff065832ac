import { QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { isApiError } from './api-error';

const NO_RETRY = new Set([
  'LOCKED',
  'FORBIDDEN',
  'VALIDATION',
  'NOT_FOUND',
  'PASSPHRASE_CHANGE_REQUIRED',
  'NOT_SET_UP',
]);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Data lives in a local process: refetching is cheap, and stale personal data should not linger.
      staleTime: 5_000,
      gcTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && NO_RETRY.has(error.code)) && count < 1,
    },
    mutations: { retry: false },
  },
});

/** Forget everything cached: called on every lock, whatever the cause. */
export function dropCachedData(): void {
  void queryClient.cancelQueries();
  queryClient.clear();
  // Messages about what someone just did (names of records saved) do not outlive the session.
  notifications.clean();
}

import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryClient } from '../api/query-client';
import { SessionProvider } from '../session/SessionProvider';
import { createAppRouter } from './app-router';
import { cssVariablesResolver, theme } from './theme';

// Made once: the hash router listens to the address for the life of the window.
const router = createAppRouter();

const colorSchemeManager = localStorageColorSchemeManager({ key: 'waymark-color-scheme' });

export function App() {
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <DatesProvider settings={{ locale: 'en-gb', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
            {/* Never more than three at once (the rest wait), so messages cannot pile up over the screen. */}
            <Notifications position="bottom-right" limit={3} />
            <SessionProvider>
              <RouterProvider router={router} />
            </SessionProvider>
          </ModalsProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

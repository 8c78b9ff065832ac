import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installPlainEnglishMessages } from '../components/zod-messages';

// The same plain-English zod messages as the app (main.tsx installs them there).
installPlainEnglishMessages();

// Mantine asks for media queries and element sizes; happy-dom answers neither fully.
if (!window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

afterEach(() => cleanup());

import { IconMapPinCheck } from '@tabler/icons-react';
import { ThemeIcon } from '@mantine/core';

/** The Waymark mark: a way-marker pin. Decorative; the name is always written beside it. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <ThemeIcon size={size} radius="md" variant="filled" aria-hidden>
      <IconMapPinCheck size={size * 0.65} />
    </ThemeIcon>
  );
}

import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from '../app/ColorSchemeToggle';
import { Logo } from './Logo';

interface Props {
  title: string;
  organisationName?: string | null;
  width?: number;
  children: ReactNode;
}

/** The frame for screens shown before anyone is signed in: set-up, unlock, recovery. */
export function AuthLayout({ title, organisationName, width = 460, children }: Props) {
  return (
    <Box mih="100vh" className="auth-backdrop">
      <Group justify="flex-end" p="md">
        <ColorSchemeToggle />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={width} gap="md">
          <Group gap="sm" justify="center">
            <Logo size={36} />
            <Text fw={700} fz={26}>
              Waymark
            </Text>
          </Group>
          {organisationName && (
            <Text ta="center" c="dimmed" size="sm">
              {organisationName}
            </Text>
          )}
          <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
            <Title order={1} fz="h2" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}

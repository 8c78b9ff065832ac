import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** One titled part of a screening tab: a heading, an optional "add" button, the records or a line saying there are none. */
export function ScreeningSection({
  title,
  summary,
  addLabel,
  onAdd,
  empty,
  children,
}: {
  title: string;
  summary?: ReactNode;
  /** Shown only to those who may add (leave out otherwise). */
  addLabel?: string;
  onAdd?(): void;
  empty: string;
  children: ReactNode[];
}) {
  const id = `screening-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" align="flex-start">
        <div>
          <Title order={2} fz="h4" id={id}>
            {title}
          </Title>
          {summary && (
            <Text size="sm" c="dimmed">
              {summary}
            </Text>
          )}
        </div>
        {addLabel && onAdd && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {children.length === 0 ? <Text c="dimmed">{empty}</Text> : <Stack gap="md">{children}</Stack>}
    </Card>
  );
}

/** One record inside a section: a heading line with badges and a Change button, then its facts. */
export function ScreeningRecord({
  heading,
  badges,
  changeLabel,
  onChange,
  children,
}: {
  heading: string;
  badges?: ReactNode;
  changeLabel?: string;
  onChange?(): void;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" radius="sm" component="article" aria-label={heading}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text fw={600} component="h3" m={0} fz="md">
            {heading}
          </Text>
          {badges}
        </Group>
        {changeLabel && onChange && (
          <Button size="xs" variant="default" onClick={onChange} aria-label={changeLabel}>
            Change
          </Button>
        )}
      </Group>
      {children}
    </Card>
  );
}

import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  /** Empty text shows as "Not recorded"; a node is shown as given. */
  value: ReactNode;
  /** Long text (notes, arrangements) takes the full width and keeps its line breaks. */
  wide?: boolean;
}

/** A titled group of facts on a detail page, as a description list (read as label–value pairs). */
export function DetailSection({
  title,
  items,
  children,
}: {
  title: string;
  items?: DetailItem[];
  children?: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {items && <DetailList items={items} />}
      {children}
    </Card>
  );
}

/** Label–value pairs as a description list, two columns where there is room. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label} style={item.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'break-word' }}>
            {item.value === '' || item.value === null || item.value === undefined ? (
              <Text span c="dimmed" fs="italic">
                Not recorded
              </Text>
            ) : (
              item.value
            )}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A file section's label/value rows (the printed file's layout: th for the label, td for the value). */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None recorded.
      </Text>
    );
  return (
    <table>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={{ width: '32%' }}>
              {label}
            </th>
            <td style={{ whiteSpace: 'pre-wrap' }}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} fz="h4" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

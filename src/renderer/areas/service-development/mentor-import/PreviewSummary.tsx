import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ImportCounts } from '../../../../shared/contract/mentor-import';

const n = (count: number) => count.toLocaleString('en-GB');

/**
 * One line on what the file holds. It takes focus when a newly read file's rows appear (the
 * button that started the reading is gone by then), so keyboard and screen-reader users land here.
 */
export function PreviewSummary({ fileName, counts }: { fileName: string; counts: ImportCounts }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => line.current?.focus({ preventScroll: true }), []);
  return (
    <Text
      ref={line}
      tabIndex={-1}
      aria-live="polite"
      data-testid="import-counts"
      style={{ outlineOffset: 4 }}
    >
      <strong>{fileName}</strong>: {n(counts.rows)} {counts.rows === 1 ? 'row' : 'rows'}, {n(counts.valid)}{' '}
      ready to import, {n(counts.withErrors)} with problems, {n(counts.withWarnings)} possible{' '}
      {counts.withWarnings === 1 ? 'duplicate' : 'duplicates'}.
    </Text>
  );
}

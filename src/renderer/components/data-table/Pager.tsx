import { Group, Pagination, Text } from '@mantine/core';

interface Props {
  total: number;
  page: number;
  pageSize: number;
  noun: { one: string; many: string };
  onPageChange(page: number): void;
}

const count = (n: number, noun: Props['noun']) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? noun.one : noun.many}`;

/** "Showing 51–100 of 312 establishments" and the page buttons (each named for screen readers). */
export function Pager({ total, page, pageSize, noun, onPageChange }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0
          ? `No ${noun.many}`
          : pages === 1
            ? count(total, noun)
            : `Showing ${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${count(total, noun)}`}
      </Text>
      {pages > 1 && (
        <nav aria-label="Pages">
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            size="sm"
            getItemProps={(n) => ({
              'aria-label': `Page ${n}`,
              'aria-current': n === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({
              'aria-label': {
                first: 'First page',
                previous: 'Previous page',
                next: 'Next page',
                last: 'Last page',
              }[control],
            })}
          />
        </nav>
      )}
    </Group>
  );
}

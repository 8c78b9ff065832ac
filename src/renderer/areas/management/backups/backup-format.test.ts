import { describe, expect, it } from 'vitest';
import { formatSize, newestFirst } from './backup-format';

describe('backup-format', () => {
  it('shows sizes in megabytes with one decimal place', () => {
    expect(formatSize(12_400_000)).toBe('12.4 MB');
    expect(formatSize(1_234_567_890)).toBe('1,234.6 MB');
    expect(formatSize(20_000)).toBe('under 0.1 MB');
  });

  it('puts the newest backup first', () => {
    const b = (id: string) => ({ id, createdAt: null, sizeBytes: 1, verified: true });
    const ids = newestFirst([
      b('2026-01-02T10-00-00-000Z'),
      b('2026-03-01T09-00-00-000Z'),
      b('2025-12-31T23-59-59-999Z'),
    ]).map((x) => x.id);
    expect(ids).toEqual(['2026-03-01T09-00-00-000Z', '2026-01-02T10-00-00-000Z', '2025-12-31T23-59-59-999Z']);
  });
});

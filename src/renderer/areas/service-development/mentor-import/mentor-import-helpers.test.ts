import { describe, expect, it } from 'vitest';
import { withChoice } from './ColumnMapping';
import { fileProblem, fileToBase64 } from './file-to-base64';

describe('the import screen’s helpers', () => {
  it('moves a detail to the column just given it, so each comes from one column', () => {
    expect(withChoice(['firstName', 'lastName', null], 2, 'firstName')).toEqual([
      null,
      'lastName',
      'firstName',
    ]);
    expect(withChoice(['firstName', 'lastName'], 1, null)).toEqual(['firstName', null]);
  });

  it('turns a file into base64 whatever its size, and refuses files it cannot import before sending', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const base64 = await fileToBase64(new Blob([bytes]));
    expect(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(fileProblem({ name: 'list.xls', size: 10 })).toContain('.xlsx');
    expect(fileProblem({ name: 'list.pdf', size: 10 })).toBe('Choose a CSV or XLSX file.');
    expect(fileProblem({ name: 'list.csv', size: 6 * 1024 * 1024 })).toContain('5 MB');
    expect(fileProblem({ name: 'List.XLSX', size: 10 })).toBeNull();
  });
});

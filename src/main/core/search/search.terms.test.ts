import { describe, expect, it } from 'vitest';
import { editDistance, fold, matchExpression, tokensOf, typoCandidates } from './search.terms';

describe('search terms', () => {
  it('folds accents and case as the index does, and keeps only letters and digits', () => {
    expect(fold('Zoë SIÂN José')).toBe('zoe sian jose');
    expect(tokensOf('  O’Brien-Smith, "A1234"* OR {name}:x ')).toEqual([
      'o',
      'brien',
      'smith',
      'a1234',
      'or',
      'name',
      'x',
    ]);
    expect(tokensOf('"*:')).toEqual([]);
  });

  it('builds a column-limited prefix query, or exact choices for the last word', () => {
    expect(matchExpression('name reference', ['jo', 'smi'])).toBe('{name reference} : ("jo"* AND "smi"*)');
    expect(matchExpression('name reference', ['jo', 'smiht'], ['smith', 'smit'])).toBe(
      '{name reference} : ("jo"* AND ("smith" OR "smit"))',
    );
  });

  it('counts slips, swaps included, and stops early', () => {
    expect(editDistance('smith', 'smith', 1)).toBe(0);
    expect(editDistance('smiht', 'smith', 1)).toBe(1);
    expect(editDistance('smyth', 'smith', 1)).toBe(1);
    expect(editDistance('smth', 'smith', 1)).toBe(1);
    expect(editDistance('jones', 'smith', 1)).toBe(2);
  });

  it('offers words close to the whole typed word or to its start, nearest first', () => {
    const terms = ['sampleford', 'samplefield', 'sampson', 'smith', 'sam'];
    expect(typoCandidates('samplefrod', terms)).toEqual(['sampleford']);
    expect(typoCandidates('sampel', terms)).toContain('sampleford');
    expect(typoCandidates('sa', terms)).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import type { JobInfo } from '../../../shared/contract';
import { buildImportFixtureCsv, importCsvThroughCore, jobEndings } from './import-fixture';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

interface Preview {
  problem: string | null;
  columns: { index: number; title: string; field: string | null }[];
  counts: { rows: number; valid: number; withErrors: number; withWarnings: number };
  total: number;
  rows: {
    rowNumber: number;
    firstName: string;
    lastName: string;
    dateOfBirth: string | null;
    errors: { field: string | null; message: string }[];
    warnings: string[];
  }[];
}

const BAD_ROWS = [
  'First name,Surname,DOB,Email,How did you hear about us?,Shoe size',
  'Ada,Testwell,17/05/1990,ada@example.org,Leaflet,5',
  'Bilal,Sampleton,31/02/1985,bilal@example.org,Word of mouth,9',
  'Ceri,,01/01/1970,ceri@example.org,Leaflet,4',
  'Dev,Example,02/03/1981,not an email,Leaflet,10',
  'Ada,Testwell,17/05/1990,ada.again@example.org,Leaflet,5',
  'Efa,Madeup,,efa@example.org,Volunteer bureau,6',
].join('\n');

async function coordinator(): Promise<TestCore> {
  const s = await makeSetUpCore();
  t = s;
  await becomeNewAccount(s, 'casey.coord', ['coordinator'], 'Casey Coordinator');
  return s;
}

/** Start the import job and wait for it to end; returns its id and how it ended. */
async function read(s: TestCore, csv: string, extra: Record<string, unknown> = {}, fileName = 'mentors.csv') {
  const endings = jobEndings(s.core);
  const { jobId } = await s.ok<{ jobId: string }>('jobs.start', {
    kind: 'import.mentors',
    input: { fileName, fileBase64: Buffer.from(csv).toString('base64'), ...extra },
  });
  const end: JobInfo = await endings.wait(jobId);
  endings.stop();
  return { jobId, end };
}

async function mentorCount(s: TestCore): Promise<number> {
  const raw = await openRaw(s.dir, 'casey.coord', CHOSEN_PASSPHRASE);
  try {
    return (raw.prepare('SELECT count(*) AS n FROM mentor').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}

describe('importing mentors from a spreadsheet', () => {
  it('previews bad rows with plain reasons, guesses the columns and writes nothing', async () => {
    const s = await coordinator();
    const { jobId, end } = await read(s, BAD_ROWS);
    expect(end).toMatchObject({ state: 'done', done: 6, total: 6 });
    const p = await s.ok<Preview>('imports.preview', { jobId });
    expect(p.problem).toBeNull();
    expect(p.columns.map((c) => c.field)).toEqual([
      'firstName',
      'lastName',
      'dateOfBirth',
      'email',
      'heardVia',
      null,
    ]);
    expect(p.counts).toEqual({ rows: 6, valid: 3, withErrors: 3, withWarnings: 1 });
    const byRow = Object.fromEntries(p.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[2]!.errors).toEqual([]);
    expect(byRow[3]!.errors).toEqual([
      { field: 'dateOfBirth', message: expect.stringContaining('February') },
    ]);
    expect(byRow[4]!.errors).toEqual([{ field: 'lastName', message: 'Enter their last name.' }]);
    expect(byRow[5]!.errors).toEqual([{ field: 'email', message: expect.stringContaining('email address') }]);
    expect(byRow[6]!.warnings).toEqual(['Same name and date of birth as row 2 of this file.']);
    // The first of a pair is not flagged; the later row points back to it.
    expect(byRow[2]!.warnings).toEqual([]);
    expect(byRow[7]).toMatchObject({ errors: [], dateOfBirth: null });

    const errorsOnly = await s.ok<Preview>('imports.preview', { jobId, show: 'errors' });
    expect(errorsOnly.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5]);
    expect(await mentorCount(s)).toBe(0);
  });

  it("refuses 'all' while rows have errors, changing nothing; 'valid' imports the rest in one go", async () => {
    const s = await coordinator();
    const { jobId } = await read(s, BAD_ROWS);
    const all = await s.call('imports.commit', { jobId, mode: 'all' });
    expect(all.ok ? 'OK' : all.error).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { mode: expect.stringContaining('3 rows have problems') },
    });
    expect(await mentorCount(s)).toBe(0);

    await expect(s.ok('imports.commit', { jobId, mode: 'valid' })).resolves.toEqual({
      imported: 3,
      skipped: 3,
    });
    expect(await mentorCount(s)).toBe(3);
    // Used up: pressing again imports nothing twice.
    const again = await s.call('imports.commit', { jobId, mode: 'valid' });
    expect(again.ok ? 'OK' : again.error.code).toBe('NOT_FOUND');

    // Read again: the ones now in Waymark are flagged as likely duplicates.
    const second = await read(s, BAD_ROWS);
    const p = await s.ok<Preview>('imports.preview', { jobId: second.jobId, show: 'warnings' });
    expect(p.rows.find((r) => r.rowNumber === 2)?.warnings).toEqual([
      'Same name and date of birth as a mentor already in Waymark.',
    ]);
    expect(p.rows.find((r) => r.rowNumber === 7)?.warnings).toEqual([
      'Same name as a mentor already in Waymark; check it is not the same person.',
    ]);

    // The audit row holds counts, nothing about anyone.
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const audit = await s.ok<{ entries: { action: string; detail: string | null }[] }>('audit.list', {});
    const row = audit.entries.find((e) => e.action === 'imports.commit' && e.detail?.includes('imported'));
    expect(row?.detail).toBe('valid: 3 imported, 3 skipped');
    expect(JSON.stringify(audit.entries)).not.toMatch(/Testwell|Sampleton|example\.org/);
  });

  it("imports every row with 'all' when the file is clean, with the mapping the person chose", async () => {
    const s = await coordinator();
    const csv = 'Given,Family,Phone\nGwen,Notreal,07700 900111\nHamish,Dummy,\n';
    // Headings Waymark does not know: nothing guessed for the names, so every row has errors…
    const guessed = await read(s, csv);
    const p = await s.ok<Preview>('imports.preview', { jobId: guessed.jobId });
    expect(p.columns.map((c) => c.field)).toEqual([null, null, 'phone']);
    expect(p.counts.withErrors).toBe(2);
    // …until the person maps them; the file is read again with their mapping.
    const mapped = await read(s, csv, { mapping: ['firstName', 'lastName', 'phone'] });
    await expect(s.ok('imports.commit', { jobId: mapped.jobId, mode: 'all' })).resolves.toEqual({
      imported: 2,
      skipped: 0,
    });
    const raw = await openRaw(s.dir, 'casey.coord', CHOSEN_PASSPHRASE);
    const rows = raw
      .prepare('SELECT first_name, stage, enquiry_date, phone FROM mentor ORDER BY first_name')
      .all();
    raw.close();
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(rows).toEqual([
      { first_name: 'Gwen', stage: 'enquiry', enquiry_date: iso, phone: '07700 900111' },
      { first_name: 'Hamish', stage: 'enquiry', enquiry_date: iso, phone: '' },
    ]);
  });

  it('writes nothing on cancel, and forgets every preview when Waymark locks', async () => {
    const s = await coordinator();
    const first = await read(s, BAD_ROWS);
    await expect(s.ok('imports.discard', { jobId: first.jobId })).resolves.toEqual({ discarded: true });
    const gone = await s.call('imports.preview', { jobId: first.jobId });
    expect(gone.ok ? 'OK' : gone.error.code).toBe('NOT_FOUND');

    const second = await read(s, BAD_ROWS);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: 'casey.coord', passphrase: CHOSEN_PASSPHRASE });
    const afterLock = await s.call('imports.preview', { jobId: second.jobId });
    expect(afterLock.ok ? 'OK' : afterLock.error.code).toBe('NOT_FOUND');
    const commit = await s.call('imports.commit', { jobId: second.jobId, mode: 'valid' });
    expect(commit.ok ? 'OK' : commit.error.code).toBe('NOT_FOUND');
    expect(await mentorCount(s)).toBe(0);
  });

  it('keeps a preview to the person who ran it, and the job to co-ordinators', async () => {
    const s = await coordinator();
    const { jobId } = await read(s, BAD_ROWS);
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'robin.coord', ['coordinator']);
    const other = await s.call('imports.preview', { jobId });
    expect(other.ok ? 'OK' : other.error.code).toBe('NOT_FOUND');
    await s.ok('vault.lock');
    await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    const start = await s.call('jobs.start', {
      kind: 'import.mentors',
      input: { fileName: 'm.csv', fileBase64: Buffer.from(BAD_ROWS).toString('base64') },
    });
    expect(start.ok ? 'OK' : start.error.code).toBe('FORBIDDEN');
  });

  it('refuses bad job input and whole files it cannot use, in plain words', async () => {
    const s = await coordinator();
    const start = (input: unknown) => s.call('jobs.start', { kind: 'import.mentors', input });
    for (const [input, field] of [
      [{ fileName: 'mentors.xls', fileBase64: 'QQ==' }, 'input.fileName'],
      [{ fileName: 'mentors.csv', fileBase64: 'not base64!' }, 'input.fileBase64'],
      [{ fileName: 'mentors.csv', fileBase64: 'QQ==', mapping: ['firstName', 'firstName'] }, 'input.mapping'],
      [{ fileName: 'mentors.csv', fileBase64: 'QQ==', mapping: ['shoeSize'] }, 'input.mapping.0'],
    ] as const) {
      const r = await start(input);
      expect(r.ok ? 'OK' : r.error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(r.ok ? {} : r.error.fieldErrors, JSON.stringify(input)).toHaveProperty([field]);
    }
    const notSheet = await read(s, 'PK\u0003\u0004 nonsense', {}, 'mentors.xlsx');
    expect(notSheet.end.state).toBe('done');
    const p = await s.ok<Preview>('imports.preview', { jobId: notSheet.jobId });
    expect(p.problem).toContain('could not read this file');
    const commit = await s.call('imports.commit', { jobId: notSheet.jobId, mode: 'valid' });
    expect(commit.ok ? 'OK' : commit.error.code).toBe('VALIDATION');
  });

  it('reads an XLSX: date cells, bare serial numbers and UK text all become dates', async () => {
    const s = await coordinator();
    const sheet = [
      ['Forename', 'Surname', 'Date of birth', 'Enquiry date', 'Mobile'],
      [
        'Ines',
        'Fictional',
        { value: new Date(Date.UTC(1988, 6, 4)), type: Date, format: 'dd/mm/yyyy' },
        45658,
        7700900321,
      ],
      ['Jonah', 'Placeholder', '04/07/1979', '1/2/2025', '07700 900654'],
    ];
    const bytes = await writeExcelFile(sheet as never).toBuffer();
    const endings = jobEndings(s.core);
    const { jobId } = await s.ok<{ jobId: string }>('jobs.start', {
      kind: 'import.mentors',
      input: { fileName: 'Mentors.xlsx', fileBase64: bytes.toString('base64') },
    });
    expect((await endings.wait(jobId)).state).toBe('done');
    endings.stop();
    const p = await s.ok<Preview>('imports.preview', { jobId });
    expect(p.counts).toEqual({ rows: 2, valid: 2, withErrors: 0, withWarnings: 0 });
    await s.ok('imports.commit', { jobId, mode: 'all' });
    const raw = await openRaw(s.dir, 'casey.coord', CHOSEN_PASSPHRASE);
    const rows = raw
      .prepare('SELECT first_name, date_of_birth, enquiry_date, phone FROM mentor ORDER BY first_name')
      .all();
    raw.close();
    expect(rows).toEqual([
      { first_name: 'Ines', date_of_birth: '1988-07-04', enquiry_date: '2025-01-01', phone: '07700900321' },
      { first_name: 'Jonah', date_of_birth: '1979-07-04', enquiry_date: '2025-02-01', phone: '07700 900654' },
    ]);
  });

  it('keeps no preview from a job cancelled part way', async () => {
    const s = await coordinator();
    const endings = jobEndings(s.core);
    const { jobId } = await s.ok<{ jobId: string }>('jobs.start', {
      kind: 'import.mentors',
      input: { fileName: 'big.csv', fileBase64: Buffer.from(buildImportFixtureCsv(5000)).toString('base64') },
    });
    await s.ok('jobs.cancel', { jobId });
    expect((await endings.wait(jobId)).state).toBe('cancelled');
    endings.stop();
    const r = await s.call('imports.preview', { jobId });
    expect(r.ok ? 'OK' : r.error.code).toBe('NOT_FOUND');
    expect(await mentorCount(s)).toBe(0);
  });

  it('commits 1,000 rows well inside 3 seconds', async () => {
    const s = await coordinator();
    const out = await importCsvThroughCore(s.core, buildImportFixtureCsv(1000), 'all');
    expect(out).toMatchObject({ imported: 1000, skipped: 0 });
    // Measured figures go to the bench; this only guards against a slow path creeping in.
    expect(out.commitMs).toBeLessThan(3000);
    expect(await mentorCount(s)).toBe(1000);
  });
});

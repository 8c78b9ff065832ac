import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readSpreadsheet } from './sheet-reader';
import { declaredUnpackedSize } from './zip-size';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A real XLSX written in the test, with a date-formatted cell, a bare serial number and UK text. */
async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  // write-excel-file's cell types are loose; the rows below are what a spreadsheet holds.
  return new Uint8Array(await writeExcelFile(rows as never).toBuffer());
}

describe('reading spreadsheets', () => {
  it('reads CSV with a byte-order mark, quoted commas and blank lines, keeping row numbers', async () => {
    const r = await readSpreadsheet(
      utf8('\uFEFFFirst name,Surname,Notes\r\nZoë,O’Brien,"likes walking, reading"\r\n\r\nDev,Testwell,\r\n'),
      'list.csv',
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        { number: 1, cells: ['First name', 'Surname', 'Notes'] },
        { number: 2, cells: ['Zoë', 'O’Brien', 'likes walking, reading'] },
        { number: 4, cells: ['Dev', 'Testwell', ''] },
      ],
    });
  });

  it('reads semicolon-separated CSV and Windows-1252 text from older Excel', async () => {
    const semicolons = await readSpreadsheet(utf8('First name;Surname\nAda;Sampleton\n'), 'a.csv');
    expect(semicolons.ok && semicolons.rows[1]!.cells).toEqual(['Ada', 'Sampleton']);
    // "Zoë" in Windows-1252: ë is the single byte 0xEB, which is not valid UTF-8.
    const legacy = new Uint8Array([...utf8('First name\nZo'), 0xeb, 0x0a]);
    const r = await readSpreadsheet(legacy, 'old.csv');
    expect(r.ok && r.rows[1]!.cells).toEqual(['Zoë']);
  });

  it('reads XLSX, giving date cells as dates and other cells as they were typed', async () => {
    const bytes = await xlsx([
      ['First name', 'Surname', 'DOB', 'Enquiry', 'Phone'],
      [
        'Ada',
        'Testwell',
        { value: new Date(Date.UTC(1990, 4, 17)), type: Date, format: 'dd/mm/yyyy' },
        33010,
        7700900123,
      ],
      ['Bilal', 'Sampleton', '17/05/1991', null, '07700 900456'],
    ]);
    const r = await readSpreadsheet(bytes, 'Mentors.XLSX');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((row) => row.number)).toEqual([1, 2, 3]);
    const [, ada, bilal] = r.rows;
    expect(ada!.cells[2]).toBeInstanceOf(Date);
    expect((ada!.cells[2] as Date).toISOString()).toBe('1990-05-17T00:00:00.000Z');
    expect(ada!.cells.slice(3)).toEqual([33010, 7700900123]);
    expect(bilal!.cells.slice(0, 3)).toEqual(['Bilal', 'Sampleton', '17/05/1991']);
  });

  it('refuses files that are not spreadsheets, empty, too large or too long, in plain words', async () => {
    const notXlsx = await readSpreadsheet(utf8('just some text'), 'mentors.xlsx');
    expect(notXlsx).toEqual({ ok: false, message: expect.stringContaining('could not read this file') });
    expect(await readSpreadsheet(new Uint8Array(), 'a.csv')).toEqual({
      ok: false,
      message: 'The file is empty.',
    });
    expect(await readSpreadsheet(utf8('\n\n,,\n'), 'a.csv')).toEqual({
      ok: false,
      message: 'The file has no rows in it.',
    });
    const big = await readSpreadsheet(new Uint8Array(5 * 1024 * 1024 + 1), 'a.csv');
    expect(big).toEqual({ ok: false, message: expect.stringContaining('larger than 5 MB') });
    const long = await readSpreadsheet(utf8(`Name\n${'x\n'.repeat(5001)}`), 'a.csv');
    expect(long).toEqual({
      ok: false,
      message: expect.stringContaining('5,001 rows; Waymark imports at most 5,000'),
    });
    const fiveThousand = await readSpreadsheet(utf8(`Name\n${'x\n'.repeat(5000)}`), 'a.csv');
    expect(fiveThousand.ok).toBe(true);
  });

  it('refuses an XLSX that declares far more unpacked data than a mentor list needs, before unpacking it', async () => {
    const bytes = await xlsx([['First name'], ['Ada']]);
    const honest = declaredUnpackedSize(bytes);
    expect(honest).toBeGreaterThan(0);
    expect(honest).toBeLessThan(100_000);
    // Rewrite one entry's declared size in the central directory to 200 MB.
    const bomb = bytes.slice();
    const view = new DataView(bomb.buffer);
    let at = bomb.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const first = view.getUint32(at + 16, true);
    view.setUint32(first + 24, 200 * 1024 * 1024, true);
    expect(await readSpreadsheet(bomb, 'bomb.xlsx')).toEqual({
      ok: false,
      message: expect.stringContaining('unpacks to far more data'),
    });
  });
});

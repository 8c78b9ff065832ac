import { describe, expect, it } from 'vitest';
import { convertCell } from './cell-values';
import { guessMapping } from './column-guess';

const TODAY = new Date(2026, 10, 24);

describe('guessing columns from headings', () => {
  it('recognises the headings people use, ignoring ones it does not know', () => {
    expect(
      guessMapping([
        'First name',
        'Surname',
        'D.O.B.',
        'E-mail address',
        'Mobile',
        'Address',
        'Address line 2',
        'Post Code',
        'How did you hear about us?',
        'Date of enquiry',
        'Days available',
        'Shoe size',
        '',
      ]),
    ).toEqual([
      'firstName',
      'lastName',
      'dateOfBirth',
      'email',
      'phone',
      'addressLine1',
      'addressLine2',
      'postcode',
      'heardVia',
      'enquiryDate',
      'availability',
      null,
      null,
    ]);
  });

  it('gives each detail to one column only, preferring an exact heading', () => {
    expect(guessMapping(['Phone number (home)', 'Phone', 'Forename', 'First name'])).toEqual([
      null,
      'phone',
      'firstName',
      null,
    ]);
  });
});

describe('reading cells as mentor details', () => {
  it('reads dates as Date objects, serial numbers and UK text, and explains bad ones', () => {
    expect(convertCell('dateOfBirth', new Date(Date.UTC(1990, 4, 17)), TODAY)).toEqual({
      ok: true,
      value: '1990-05-17',
    });
    expect(convertCell('dateOfBirth', 33010, TODAY)).toEqual({ ok: true, value: '1990-05-17' });
    expect(convertCell('enquiryDate', '3/2/2025', TODAY)).toEqual({ ok: true, value: '2025-02-03' });
    expect(convertCell('enquiryDate', '31/02/2025', TODAY)).toMatchObject({ ok: false });
    expect(convertCell('dateOfBirth', 'last spring', TODAY)).toEqual({
      ok: false,
      message: expect.stringContaining('day/month/year'),
    });
    expect(convertCell('dateOfBirth', '  ', TODAY)).toEqual({ ok: true, value: undefined });
  });

  it('reads lists, days, employment, learning style and phone numbers that lost their zero', () => {
    expect(convertCell('languages', 'English; Welsh, BSL', TODAY)).toEqual({
      ok: true,
      value: ['English', 'Welsh', 'BSL'],
    });
    expect(convertCell('availability', 'Wed, Monday and Fri', TODAY)).toEqual({
      ok: true,
      value: ['mon', 'wed', 'fri'],
    });
    expect(convertCell('availability', 'weekdays', TODAY)).toEqual({
      ok: true,
      value: ['mon', 'tue', 'wed', 'thu', 'fri'],
    });
    expect(convertCell('availability', 'Mon, Funday', TODAY)).toMatchObject({ ok: false });
    expect(convertCell('employmentStatus', 'Retired', TODAY)).toEqual({ ok: true, value: 'retired' });
    expect(convertCell('employmentStatus', 'part-time', TODAY)).toEqual({
      ok: true,
      value: 'employed_part_time',
    });
    expect(convertCell('employmentStatus', 'astronaut', TODAY)).toMatchObject({ ok: false });
    expect(convertCell('learningStyle', 'Mostly a reflector', TODAY)).toEqual({
      ok: true,
      value: 'reflector',
    });
    expect(convertCell('phone', 7700900123, TODAY)).toEqual({ ok: true, value: '07700900123' });
    expect(convertCell('firstName', null, TODAY)).toEqual({ ok: true, value: '' });
  });
});

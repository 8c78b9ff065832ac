import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactDefaults, ContactRecord } from '../../../../shared/contract/mentoring';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, NO_DRAFTS, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { todayIso } from './contact-format';
import { MatchContactsTab } from './MatchContactsTab';

/** A fictional match; the core tests cover the derived columns, phases, follow-ups and scope. */
const MATCH = '00000000-0000-4000-8000-0000000000aa';
const DEFAULTS: ContactDefaults = {
  matchActive: true,
  kind: 'community_meeting',
  place: 'Coffee shop',
  minutes: 75,
  recentPlaces: ['Coffee shop', 'Visits hall'],
  places: ['Service premises', 'Coffee shop', 'Library'],
};
const record = (n: number, input: Record<string, unknown>): ContactRecord => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  matchId: MATCH,
  onDate: String(input.onDate),
  minutes: input.minutes === '' || input.minutes === null ? null : Number(input.minutes),
  kind: input.kind as ContactRecord['kind'],
  place: String(input.place),
  phase: 'pre_release',
  noShow: Boolean(input.noShow),
  notes: String(input.notes ?? ''),
  actionsAgreed: '',
  menteeFeedback: '',
  concern: Boolean(input.concern),
  concernNote: String(input.concernNote ?? ''),
  leadMentorAttended: (input.leadMentorAttended as boolean | null) ?? null,
  recordedByName: 'Callum Placeholder',
  recordedAt: '2026-03-02T10:00:00.000Z',
});

let saved = 0;
const recordContact = vi.fn(async (input: Record<string, unknown>) => ({
  ok: true,
  value: record(++saved, input),
}));
const draftSave = vi.fn(async (_input: Record<string, unknown>) => ({ ok: true, value: null }));
stubApi({
  drafts: { ...NO_DRAFTS, save: draftSave },
  mentoring: {
    contactDefaults: answer(DEFAULTS),
    contacts: answer({
      items: [],
      totals: {
        sessions: 0,
        minutes: 0,
        noShows: 0,
        preRelease: 0,
        postRelease: 0,
        lastContactOn: null,
        noShowStreak: 0,
      },
    }),
    followUps: answer({ items: [] }),
    recordContact,
    deleteContact: vi.fn(),
    updateContact: vi.fn(),
  },
});

stubFontLoading();

const ukToday = () => todayIso().split('-').reverse().join('/');

describe('recording a session', () => {
  it('opens on the date (today) with the last session’s kind, place and minutes, this match’s places first', async () => {
    renderScreen(
      <SessionContext value={signedInAs(['caseworker'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    const date = await screen.findByRole('textbox', { name: /^Date/ });
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect((date as HTMLInputElement).value).toBe(ukToday());
    expect((screen.getByRole('combobox', { name: /Kind of contact/ }) as HTMLSelectElement).value).toBe(
      'community_meeting',
    );
    expect((screen.getByRole('textbox', { name: /Minutes/ }) as HTMLInputElement).value).toBe('75');
    const place = screen.getByRole('combobox', { name: /^Place/ }) as HTMLSelectElement;
    expect(place.value).toBe('Coffee shop');
    const options = [...place.options].map((o) => o.value);
    // Used by this match first, then the programme's list without repeats, then somewhere else.
    expect(options.slice(0, 5)).toEqual(['', 'Coffee shop', 'Visits hall', 'Service premises', 'Library']);
    expect(options.filter((o) => o === 'Coffee shop')).toHaveLength(1);
    // No gate question unless it is the release-day gate meeting.
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('saves with Enter from a select and with Ctrl+Enter from the notes, then is ready for the next one', async () => {
    const user = userEvent.setup();
    renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    const date = await screen.findByRole('textbox', { name: /^Date/ });
    await waitFor(() => expect(document.activeElement).toBe(date));
    // Tab past the calendar button to the kind and press Enter: saved as it stands.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Kind of contact/ }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(recordContact).toHaveBeenCalledTimes(1));
    expect(recordContact.mock.calls[0]![0]).toMatchObject({
      matchId: MATCH,
      onDate: todayIso(),
      kind: 'community_meeting',
      place: 'Coffee shop',
      // As typed: the core reads the minutes box's text.
      minutes: '75',
      noShow: false,
      concern: false,
    });
    // Ready again, on the date.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Date/ })));

    // A phone call: no place asked; a note, then Ctrl+Enter.
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind of contact/ }), 'phone_call');
    expect(screen.queryByRole('combobox', { name: /^Place/ })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: /Brief notes/ }));
    await user.keyboard('Talked about the job interview.{Enter}Will ring on Friday.');
    expect(recordContact).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(recordContact).toHaveBeenCalledTimes(2));
    expect(recordContact.mock.calls[1]![0]).toMatchObject({
      kind: 'phone_call',
      place: '',
      notes: 'Talked about the job interview.\nWill ring on Friday.',
    });
  });

  it('asks the gate question for the release-day gate meeting and says what is missing', async () => {
    const user = userEvent.setup();
    recordContact.mockClear();
    renderScreen(
      <SessionContext value={signedInAs(['caseworker'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    await screen.findByRole('textbox', { name: /^Date/ });
    await user.selectOptions(screen.getByRole('combobox', { name: /Kind of contact/ }), 'release_day_gate');
    expect(screen.getByRole('radiogroup', { name: /lead mentor/ })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Raise a concern/ }));
    await user.click(screen.getByRole('button', { name: 'Save the session' }));
    expect(await screen.findByText('Say whether a lead mentor went to the gate.')).toBeTruthy();
    expect(screen.getByText(/Say briefly what the concern is/)).toBeTruthy();
    expect(recordContact).not.toHaveBeenCalled();
  });

  it('keeps what is typed as a draft for this match a moment after typing stops', async () => {
    const user = userEvent.setup();
    draftSave.mockClear();
    renderScreen(
      <SessionContext value={signedInAs(['caseworker'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    await user.click(await screen.findByRole('textbox', { name: /Brief notes/ }));
    await user.keyboard('Half-written note');
    await waitFor(() => expect(draftSave).toHaveBeenCalled(), { timeout: 4000 });
    expect(draftSave.mock.calls.at(-1)![0]).toMatchObject({
      channel: 'mentoring.recordContact',
      key: MATCH,
      data: { notes: 'Half-written note', kind: 'community_meeting' },
    });
  });

  it('says sessions wait for an active match, and offers no form', async () => {
    const api = (window as unknown as { api: { mentoring: Record<string, unknown> } }).api;
    const before = api.mentoring.contactDefaults;
    api.mentoring.contactDefaults = async () => ({ ok: true, value: { ...DEFAULTS, matchActive: false } });
    renderScreen(
      <SessionContext value={signedInAs(['coordinator'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByText(/Sessions are recorded once the match is active/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the session' })).toBeNull();
    api.mentoring.contactDefaults = before;
  });

  it('offers no form to a safeguarding lead, who only reads', async () => {
    renderScreen(
      <SessionContext value={signedInAs(['safeguarding_lead'])}>
        <MatchContactsTab matchId={MATCH} />
      </SessionContext>,
    );
    expect(await screen.findByText('No sessions recorded yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the session' })).toBeNull();
  });
});

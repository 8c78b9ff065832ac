import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TrainingSessionDetail, WaitingRow } from '../../../shared/contract/training';
import { renderScreen } from '../../test-support/render';
import { WaitingForCourse } from './WaitingForCourse';

/** Fictional people waiting for a course; placing is not exercised here (the core tests do that). */
const waiting = (name: string, stage: string, n: number): WaitingRow => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  waitingId: `00000000-0000-4000-8000-10000000000${n}`,
  name,
  stage,
  addedOn: '2026-01-05',
  reason: '',
});

Object.defineProperty(window, 'api', {
  configurable: true,
  value: {
    training: {
      waitingList: async () => ({
        ok: true,
        value: {
          items: [
            waiting('Ana Price', 'initial_training', 1),
            waiting('Dee Gone', 'left', 2),
            waiting('Nia Unchosen', 'not_selected', 3),
          ],
        },
      }),
      placeFromWaitingList: vi.fn(),
    },
  },
});

const session = {
  id: '00000000-0000-4000-8000-0000000000aa',
  courseId: '00000000-0000-4000-8000-0000000000bb',
  courseTitle: 'Initial mentor training',
  cancelled: false,
} as TrainingSessionDetail;

describe('the waiting list beside a session', () => {
  it('offers a place only to those still in the programme, showing the others’ stage', async () => {
    renderScreen(<WaitingForCourse session={session} mayPlace />);
    expect(
      await screen.findByRole('button', { name: 'Offer Ana Price a place on this session' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Offer Dee Gone/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Offer Nia Unchosen/ })).toBeNull();
    expect(screen.getByText('Left')).toBeTruthy();
    expect(screen.getByText('Not selected')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { acknowledgedInTime, complaintDue, complaintStatus, respondedInTime } from './complaints';

const T = { complaintAcknowledgeDays: 5, complaintResponseDays: 20 };
const received = { receivedOn: '2026-03-02', acknowledgedOn: null, respondedOn: null, outcome: null };

describe('complaint timescales', () => {
  it('asks for an acknowledgement by received + 5 days, urgent from that day, not the day before', () => {
    expect(complaintDue(received, T, '2026-03-06')).toEqual({
      kind: 'complaint_acknowledge',
      due: '2026-03-07',
      urgent: false,
    });
    expect(complaintDue(received, T, '2026-03-07')?.urgent).toBe(true);
  });

  it('once acknowledged, asks for a response by received + 20 days', () => {
    const ack = { ...received, acknowledgedOn: '2026-03-04' };
    expect(complaintDue(ack, T, '2026-03-21')).toEqual({
      kind: 'complaint_response',
      due: '2026-03-22',
      urgent: false,
    });
    expect(complaintDue(ack, T, '2026-03-22')?.urgent).toBe(true);
  });

  it('closes with a response and an outcome, or when withdrawn; a response alone does not close it', () => {
    const ack = { ...received, acknowledgedOn: '2026-03-04' };
    expect(complaintStatus({ ...ack, respondedOn: '2026-03-20' })).toBe('investigating');
    expect(complaintStatus({ ...ack, respondedOn: '2026-03-20', outcome: 'upheld' })).toBe('closed');
    expect(complaintStatus({ ...received, outcome: 'withdrawn' })).toBe('closed');
    expect(
      complaintDue({ ...ack, respondedOn: '2026-03-20', outcome: 'upheld' }, T, '2026-04-30'),
    ).toBeNull();
  });

  it('counts acknowledgement and response in time on the last day, late the day after', () => {
    expect(acknowledgedInTime({ ...received, acknowledgedOn: '2026-03-07' }, T)).toBe(true);
    expect(acknowledgedInTime({ ...received, acknowledgedOn: '2026-03-08' }, T)).toBe(false);
    expect(acknowledgedInTime(received, T)).toBe(false);
    expect(respondedInTime({ ...received, respondedOn: '2026-03-22' }, T)).toBe(true);
    expect(respondedInTime({ ...received, respondedOn: '2026-03-23' }, T)).toBe(false);
  });
});

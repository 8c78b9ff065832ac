import { describe, expect, it } from 'vitest';
import { activationUnmet, type ActivationFacts } from './activation';

const ready: ActivationFacts = {
  stage: 'mentee_agreed',
  riskSignedOff: true,
  meetingRecorded: true,
  agreementSaved: true,
  mentorSignedOn: '2026-11-20',
  menteeSignedOn: '2026-11-21',
};
const conditions = (f: Partial<ActivationFacts>) =>
  activationUnmet({ ...ready, ...f }).map((u) => u.condition);

describe('what a match needs before it is active', () => {
  it('is nothing once both agreed and everything is signed and recorded', () => {
    expect(activationUnmet(ready)).toEqual([]);
  });
  it('names every missing step of a fresh proposal, in the workflow’s order', () => {
    expect(
      conditions({
        stage: 'proposed',
        riskSignedOff: false,
        meetingRecorded: false,
        agreementSaved: false,
        mentorSignedOn: null,
        menteeSignedOn: null,
      }),
    ).toEqual([
      'mentor_agreed',
      'mentee_agreed',
      'risk_assessment',
      'meeting',
      'agreement',
      'mentor_signed',
      'mentee_signed',
    ]);
  });
  it('asks only for the mentee’s answer once the mentor agreed', () => {
    expect(conditions({ stage: 'mentor_agreed' })).toEqual(['mentee_agreed']);
  });
  it('asks for each signature separately', () => {
    expect(conditions({ mentorSignedOn: null })).toEqual(['mentor_signed']);
    expect(conditions({ menteeSignedOn: null })).toEqual(['mentee_signed']);
  });
  it('says a declined match can never become active, and asks nothing of an active or ended one', () => {
    expect(conditions({ stage: 'declined' })).toEqual(['open']);
    expect(conditions({ stage: 'active', riskSignedOff: false })).toEqual([]);
    expect(conditions({ stage: 'ended' })).toEqual([]);
  });
  it('speaks plain English', () => {
    for (const u of activationUnmet({ ...ready, stage: 'proposed', riskSignedOff: false }))
      expect(u.message).toMatch(/^[A-Z].*\.$/);
  });
});

import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { INK, MUTED, RULE, footer, h, block, longDate, quantity, styles, ukDate } from './pdf-kit';

/**
 * The shared mentoring agreement as a printed form (after the programme's shared agreement form,
 * in Waymark's own words): who it is between, the aim and objectives, the ground rules, the seven
 * things both agree to, and signature and date spaces for the mentor, the mentee and the
 * co-ordinator. A date already signed is printed in its space; an unsigned one is left blank.
 */
export interface AgreementSource {
  programme: string;
  reference: string;
  mentorName: string;
  menteeName: string;
  aim: string;
  objectives: string;
  groundRules: string;
  lengthValue: number;
  lengthUnit: string;
  meetingMinMinutes: number;
  meetingMaxMinutes: number;
  contactBetweenValue: number;
  contactBetweenUnit: string;
  reviewOn: string;
  mentorSignedOn: string | null;
  menteeSignedOn: string | null;
  /** The day of the three-way meeting, when recorded. */
  madeOn: string | null;
  /** The day this copy was produced. */
  producedOn: string;
}

const local = StyleSheet.create({
  parties: { flexDirection: 'row', gap: 12, marginBottom: 4 },
  party: { flex: 1, borderWidth: 0.75, borderColor: RULE, padding: 6 },
  partyName: { fontFamily: 'Helvetica-Bold', fontSize: 12 },
  term: { flexDirection: 'row', marginBottom: 3 },
  termNumber: { width: 18, fontFamily: 'Helvetica-Bold' },
  termText: { flex: 1 },
  filled: { fontFamily: 'Helvetica-Bold' },
  signatures: { flexDirection: 'row', gap: 18, marginTop: 2 },
  signer: { flex: 1 },
  signName: { minHeight: 14 },
  signLine: { borderBottomWidth: 0.75, borderBottomColor: INK, height: 22 },
  dateLine: { borderBottomWidth: 0.75, borderBottomColor: INK, height: 18, justifyContent: 'flex-end' },
  caption: { fontSize: 8, color: MUTED, marginTop: 2, marginBottom: 4 },
  note: { fontSize: 8.5, color: MUTED, marginTop: 12 },
});

function term(n: number, ...parts: (string | { filled: string })[]): ReactElement {
  return h(
    View,
    { style: local.term, wrap: false },
    h(Text, { style: local.termNumber }, `${n}.`),
    h(
      Text,
      { style: local.termText },
      ...parts.map((p, i) =>
        typeof p === 'string' ? p : h(Text, { key: i, style: local.filled }, p.filled),
      ),
    ),
  );
}

/** One person's column: who, their name, a line to sign on, and the date (printed once signed). */
function signature(who: string, name: string, signedOn: string | null): ReactElement {
  return h(
    View,
    { style: local.signer },
    h(Text, { style: styles.label }, who),
    h(Text, { style: local.signName }, name || ' '),
    h(View, { style: local.signLine }),
    h(Text, { style: local.caption }, 'Signature'),
    h(View, { style: local.dateLine }, h(Text, null, signedOn ? ukDate(signedOn) : ' ')),
    h(Text, { style: local.caption }, 'Date'),
  );
}

export function agreementDocument(a: AgreementSource): ReactElement<DocumentProps> {
  return h(
    Document,
    {
      title: `Mentoring agreement ${a.reference}`,
      author: a.programme,
      creator: 'Waymark',
      producer: 'Waymark',
    },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.programme }, a.programme),
      h(Text, { style: styles.title }, 'Mentoring agreement'),
      h(
        Text,
        { style: styles.subtitle },
        `Match ${a.reference}${a.madeOn ? ` · agreed at the meeting on ${longDate(a.madeOn)}` : ''}`,
      ),

      h(Text, { style: styles.heading }, 'Who this agreement is between'),
      h(
        View,
        { style: local.parties },
        h(
          View,
          { style: local.party },
          h(Text, { style: styles.label }, 'Mentor'),
          h(Text, { style: local.partyName }, a.mentorName),
        ),
        h(
          View,
          { style: local.party },
          h(Text, { style: styles.label }, 'Mentee'),
          h(Text, { style: local.partyName }, a.menteeName),
        ),
      ),
      h(Text, { style: styles.heading }, 'What we want to achieve'),
      h(Text, { style: styles.label }, 'Our aim'),
      ...block(a.aim),
      h(Text, { style: styles.label }, 'Our objectives (what we will do to reach the aim)'),
      ...block(a.objectives),

      h(Text, { style: styles.heading }, 'Our ground rules'),
      ...block(a.groundRules),

      h(Text, { style: styles.heading }, 'We agree that'),
      term(
        1,
        'Our mentoring will last ',
        { filled: quantity(a.lengthValue, a.lengthUnit) },
        '. We can change this together at a review if we need to.',
      ),
      term(2, 'We will agree when and where we meet, and for how long — always in a safe, public place.'),
      term(
        3,
        'We will do our best not to cancel a meeting or visit, and will let each other know in good time if we cannot make one.',
      ),
      term(
        4,
        'Each meeting will last at least ',
        { filled: `${a.meetingMinMinutes} minutes` },
        ' and no more than ',
        { filled: `${a.meetingMaxMinutes} minutes` },
        '.',
      ),
      term(
        5,
        'Between meetings we will get in touch by telephone or email no more than once every ',
        { filled: quantity(a.contactBetweenValue, a.contactBetweenUnit) },
        '.',
      ),
      term(
        6,
        'We will look back at how the mentoring is going on ',
        { filled: longDate(a.reviewOn) },
        ', and decide whether we need more time to reach our aim.',
      ),
      term(7, `We will keep the ${a.programme} team up to date with how things are going.`),

      h(
        View,
        { wrap: false },
        h(Text, { style: styles.heading }, 'Signatures'),
        h(
          View,
          { style: local.signatures },
          signature('Mentor', a.mentorName, a.mentorSignedOn),
          signature('Mentee', a.menteeName, a.menteeSignedOn),
          signature('Co-ordinator, for the programme', '', null),
        ),
        h(
          Text,
          { style: local.note },
          `By signing we agree to mentoring agreement ${a.reference}. Each of us keeps a copy; if anything in it needs to change, we will talk to the co-ordinator.`,
        ),
      ),
      footer(`${a.programme} · Mentoring agreement ${a.reference}`, `Produced on ${ukDate(a.producedOn)}`),
    ),
  );
}

import type { ReactElement } from 'react';
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import type { MatchDocumentKind } from '../../../../shared/matching/relationship';
import { footer, h, longDate, styles } from './pdf-kit';

/**
 * The three letters the programme sends when a match ends: to the mentee, the mentor and the
 * mentee's case manager. Warm and plain. None of them gives the reason for the ending (it stays in
 * the record) or anything about offending.
 *
 * Whether the two carry on informally is told to the mentor and the mentee only (with the plain
 * point that the service's support, supervision and expenses stop at the ending). The case manager's
 * letter does not mention it: it is a private arrangement between two people outside the service,
 * and the letter's job is to say that the service's support has ended and when. Staff who judge the
 * case manager needs to know can tell them directly.
 */
export interface LettersSource {
  programme: string;
  reference: string;
  mentorName: string;
  mentorFirstName: string;
  menteeName: string;
  menteeFirstName: string;
  caseManagerName: string;
  activeOn: string | null;
  endedOn: string;
  planned: boolean;
  continuesInformally: boolean;
  /** The member of staff sending the letters. */
  fromName: string;
  producedOn: string;
}

export type LetterKind = Exclude<MatchDocumentKind, 'agreement'>;
export const LETTER_KINDS: readonly LetterKind[] = [
  'ending_letter_mentee',
  'ending_letter_mentor',
  'ending_letter_case_manager',
];

const local = StyleSheet.create({
  letterhead: { marginBottom: 28, borderBottomWidth: 1.5, borderBottomColor: '#2b5f75', paddingBottom: 8 },
  programme: { fontFamily: 'Helvetica-Bold', fontSize: 15, lineHeight: 1.2, color: '#2b5f75' },
  date: { textAlign: 'right', marginBottom: 20 },
  marking: { fontFamily: 'Helvetica-Bold', fontSize: 9, marginBottom: 14, letterSpacing: 1 },
  subject: { fontFamily: 'Helvetica-Bold', marginBottom: 12 },
  signOff: { marginTop: 16 },
  signName: { marginTop: 28, fontFamily: 'Helvetica-Bold' },
});

interface Letter {
  marking?: string;
  greeting: string;
  subject: string;
  paragraphs: string[];
  closing: string;
}

const informalNote = (s: LettersSource, other: string) =>
  `We understand that you and ${other} may stay in touch now that the mentoring has finished. That is entirely up to you both. From ${longDate(s.endedOn)} it is a personal arrangement: the programme no longer provides support, supervision or expenses for it, and we will not keep records of it.`;

function menteeLetter(s: LettersSource): Letter {
  const ending = s.planned
    ? `Your mentoring with ${s.mentorFirstName} came to an end on ${longDate(s.endedOn)}, as planned.`
    : `Your mentoring with ${s.mentorFirstName} came to an end on ${longDate(s.endedOn)}, sooner than we had planned.`;
  return {
    greeting: `Dear ${s.menteeFirstName},`,
    subject: 'The end of your mentoring',
    paragraphs: [
      `${ending} We are writing to thank you for the time and effort you have put in${s.activeOn ? ` since ${longDate(s.activeOn)}` : ''}.`,
      'Every step you have taken counts, whether large or small. We hope the things you worked on together keep helping you in the months ahead.',
      ...(s.continuesInformally ? [informalNote(s, s.mentorFirstName)] : []),
      `If you would like to talk about other support, or tell us how the mentoring went for you, please get in touch with the ${s.programme} team. Quote the reference ${s.reference}.`,
      'We wish you all the very best.',
    ],
    closing: 'With best wishes,',
  };
}

function mentorLetter(s: LettersSource): Letter {
  return {
    greeting: `Dear ${s.mentorFirstName},`,
    subject: `The end of your mentoring with ${s.menteeFirstName}`,
    paragraphs: [
      `Your mentoring with ${s.menteeFirstName} came to an end on ${longDate(s.endedOn)}${s.planned ? ', as planned' : ''}. Thank you for the time, patience and care you have given as a volunteer mentor${s.activeOn ? ` since ${longDate(s.activeOn)}` : ''}.`,
      s.continuesInformally
        ? informalNote(s, s.menteeFirstName)
        : `From ${longDate(s.endedOn)} the programme's support, supervision and expenses for this match stop. Please send any expenses still owed to us as soon as you can.`,
      'Please keep anything you know about the mentee confidential, as you always have, and return or destroy any notes you still hold about the mentoring.',
      'We would be glad to hear how it went for you, and whether you would like to mentor again. Your co-ordinator will be in touch, and you are welcome to contact us at any time.',
    ],
    closing: 'With warm thanks,',
  };
}

function caseManagerLetter(s: LettersSource): Letter {
  return {
    marking: 'PRIVATE AND CONFIDENTIAL',
    greeting: `Dear ${s.caseManagerName.trim() || 'case manager'},`,
    subject: `${s.menteeName} — mentoring has ended (our reference ${s.reference})`,
    paragraphs: [
      `I am writing to let you know that ${s.menteeName}'s mentoring with a volunteer mentor from ${s.programme} ended on ${longDate(s.endedOn)}.${s.activeOn ? ` The mentoring began on ${longDate(s.activeOn)}.` : ''}`,
      s.planned
        ? 'This was a planned ending, at the time agreed with the mentor and mentee.'
        : 'The mentoring ended earlier than had been planned.',
      `From ${longDate(s.endedOn)} the support of our mentoring service for ${s.menteeFirstName} has ended. We are no longer supervising any contact between ${s.menteeFirstName} and the mentor.`,
      'If you would like to discuss the mentoring, or think further support might help, please contact us and quote our reference.',
    ],
    closing: 'Yours sincerely,',
  };
}

const WRITERS: Record<LetterKind, (s: LettersSource) => Letter> = {
  ending_letter_mentee: menteeLetter,
  ending_letter_mentor: mentorLetter,
  ending_letter_case_manager: caseManagerLetter,
};

const TITLES: Record<LetterKind, string> = {
  ending_letter_mentee: 'Ending letter to the mentee',
  ending_letter_mentor: 'Ending letter to the mentor',
  ending_letter_case_manager: 'Ending letter to the case manager',
};

export function endingLetterDocument(kind: LetterKind, s: LettersSource): ReactElement<DocumentProps> {
  const letter = WRITERS[kind](s);
  return h(
    Document,
    { title: `${TITLES[kind]} ${s.reference}`, author: s.programme, creator: 'Waymark', producer: 'Waymark' },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(View, { style: local.letterhead }, h(Text, { style: local.programme }, s.programme)),
      h(Text, { style: local.date }, longDate(s.producedOn)),
      letter.marking ? h(Text, { style: local.marking }, letter.marking) : null,
      h(Text, { style: styles.paragraph }, letter.greeting),
      h(Text, { style: local.subject }, letter.subject),
      ...letter.paragraphs.map((p, i) => h(Text, { key: i, style: styles.paragraph }, p)),
      h(Text, { style: local.signOff }, letter.closing),
      h(Text, { style: local.signName }, s.fromName || ' '),
      h(Text, null, `For ${s.programme}`),
      footer(`${s.programme} · ${s.reference}`, 'Private and confidential'),
    ),
  );
}

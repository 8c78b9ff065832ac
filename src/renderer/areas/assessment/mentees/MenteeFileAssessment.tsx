import { contract } from '../../../../shared/contract';
import { MEETING_OUTCOME_LABELS } from '../../../../shared/contract/assessment';
import { CONTACT_METHOD_LABELS, CONTACT_WITH_LABELS } from '../../../../shared/contract/contacts';
import {
  INDUCTION_ITEMS,
  NEED_LEVEL_LABELS,
  PATHWAYS,
  RISK_LEVEL_LABELS,
  RISK_QUESTIONS,
} from '../../../../shared/mentees/assessment';
import { formatUkDate } from '../../../../shared/uk-date';
import { useChannelQuery } from '../../../api/channels';
import { Facts, Section } from './file-sections';

const d = (iso: string | null | undefined) => (iso ? formatUkDate(iso) : '—');
const ANSWER = { yes: 'Yes', no: 'No', unknown: 'Not known' } as const;

/**
 * The assessment half of the mentee file: risk (the current version in full), induction, parents and
 * carers, assessment meetings, needs and the staff contact log. Each part is read through its own
 * channel; a part the reader may not see is simply left out (the core decides, not this page).
 */
export function MenteeFileAssessment({ menteeId }: { menteeId: string }) {
  const input = { menteeId };
  const risk = useChannelQuery(contract.assessment.riskAssessments, input);
  const induction = useChannelQuery(contract.assessment.induction, input);
  const carers = useChannelQuery(contract.assessment.carers, input);
  const meetings = useChannelQuery(contract.assessment.meetings, input);
  const needs = useChannelQuery(contract.assessment.needs, input);
  const contacts = useChannelQuery(contract.contacts.list, input);
  const current = risk.data?.items[0];
  return (
    <>
      {risk.data && (
        <Section title="Risk assessment">
          {current ? (
            <Facts
              rows={[
                [
                  `Version ${current.version}`,
                  `${RISK_LEVEL_LABELS[current.overallLevel]} risk, assessed ${d(current.assessedOn)} by ${current.assessor}; ${
                    current.signedOffOn ? `signed off ${d(current.signedOffOn)}` : 'draft, not signed off'
                  }; review due ${d(current.reviewDue)}`,
                ],
                ['Safeguards for the mentor', current.safeguards || '—'],
                ...RISK_QUESTIONS.map(({ key, text }): [string, string] => {
                  const a = current.answers[key];
                  return [text, a ? `${ANSWER[a.answer]}${a.notes ? `. ${a.notes}` : ''}` : '—'];
                }),
              ]}
            />
          ) : (
            <Facts rows={[]} />
          )}
        </Section>
      )}
      {induction.data && (
        <Section title="Induction">
          <Facts
            rows={[
              ...INDUCTION_ITEMS.map(({ key, text }): [string, string] => [
                text,
                d(induction.data.items.find((i) => i.item === key)?.doneOn),
              ]),
              [
                'Accessible format',
                induction.data.accessibleFormat ? induction.data.adaptations || 'Yes' : 'No',
              ],
            ]}
          />
        </Section>
      )}
      {carers.data && carers.data.items.length > 0 && (
        <Section title="Parents and carers">
          <Facts
            rows={carers.data.items.map((c) => [
              `${c.name} (${c.relationship})${c.isKeyContact ? ', key contact' : ''}`,
              [c.phone, c.email, c.parentalConsentOn ? `parental consent ${d(c.parentalConsentOn)}` : '']
                .filter(Boolean)
                .join('; ') || '—',
            ])}
          />
        </Section>
      )}
      {meetings.data && (
        <Section title="Assessment meetings">
          <Facts
            rows={meetings.data.items.map((m) => [
              d(m.heldOn),
              `${MEETING_OUTCOME_LABELS[m.outcome]}${m.notSelectedReasons ? `: ${m.notSelectedReasons}` : ''}${
                m.notes ? `. ${m.notes}` : ''
              }`,
            ])}
          />
        </Section>
      )}
      {needs.data && (
        <Section title="Resettlement needs">
          <Facts
            rows={PATHWAYS.map(({ key, text }): [string, string] => {
              const n = needs.data.items.find((i) => i.pathway === key);
              return [text, n?.level ? `${NEED_LEVEL_LABELS[n.level]}${n.notes ? `. ${n.notes}` : ''}` : '—'];
            })}
          />
        </Section>
      )}
      {contacts.data && (
        <Section title="Staff contact log">
          <Facts
            rows={contacts.data.items.map((c) => [
              `${d(c.onDate)}, ${CONTACT_WITH_LABELS[c.withWhom]}, ${CONTACT_METHOD_LABELS[c.method]}`,
              `${c.nature}${c.outcome ? `. Outcome: ${c.outcome}` : ''} (${c.recordedByName})`,
            ])}
          />
        </Section>
      )}
    </>
  );
}

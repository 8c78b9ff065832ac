import { Badge, Loader, Stack, Text } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type {
  MentorDbsCheck,
  MentorDecision,
  MentorInterview,
  MentorReference,
} from '../../../../../shared/contract/screening';
import {
  DBS_DECISION_LABELS,
  DBS_OUTCOME_LABELS,
  DECISION_OUTCOME_LABELS,
  INTERVIEW_OUTCOME_LABELS,
  REFEREE_RELATIONSHIP_LABELS,
} from '../../../../../shared/mentors/screening';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { DbsCheckModal } from './DbsCheckModal';
import { DecisionModal } from './DecisionModal';
import { InterviewModal } from './InterviewModal';
import { ReferenceModal } from './ReferenceModal';
import { ScreeningRecord, ScreeningSection } from './ScreeningSection';
import { renewalBadge, SATISFACTORY_LABELS, ukDate } from './screening-format';
import { useModalState } from './useModalState';

type Open =
  | { kind: 'reference'; record: MentorReference | null }
  | { kind: 'dbs'; record: MentorDbsCheck | null }
  | { kind: 'interview'; record: MentorInterview | null }
  | { kind: 'decision'; record: MentorDecision | null };

const SATISFACTORY_COLOURS = { yes: 'teal', no: 'red', not_yet: 'gray' } as const;

/**
 * A mentor's screening and vetting (co-ordinators record; safeguarding leads read): the two
 * references, enhanced DBS checks with their renewal status, interviews and the decision.
 */
export function MentorScreeningTab({ mentorId }: { mentorId: string }) {
  const { session } = useSignedIn();
  const mayRead = mayCall(contract.screening.forMentor, session.roles);
  if (!mayRead)
    return (
      <Text c="dimmed">
        Screening and vetting records are seen by co-ordinators and safeguarding leads only.
      </Text>
    );
  return <ScreeningRecords mentorId={mentorId} />;
}

function ScreeningRecords({ mentorId }: { mentorId: string }) {
  const { session } = useSignedIn();
  const s = contract.screening;
  const found = useChannelQuery(s.forMentor, { mentorId });
  const settings = useChannelQuery(contract.settings.get, {});
  const modal = useModalState<Open>();
  const may = (c: (typeof s)[keyof typeof s]) => mayCall(c, session.roles);

  if (found.error)
    return <FormAlert title="Screening could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading screening" />;
  const { references, dbsChecks, interviews, decisions, personSpec, interviewQuestions } = found.data;
  const satisfactory = references.filter((r) => r.satisfactory === 'yes').length;

  return (
    <Stack gap="lg">
      <ScreeningSection
        title="References"
        summary={`Two satisfactory references are needed: ${satisfactory} so far.`}
        addLabel={may(s.saveReference) ? 'Record a reference' : undefined}
        onAdd={() => modal.show({ kind: 'reference', record: null })}
        empty="No references recorded yet."
      >
        {references.map((r) => (
          <ScreeningRecord
            key={r.id}
            heading={r.refereeName}
            badges={
              <Badge color={SATISFACTORY_COLOURS[r.satisfactory]} variant="light">
                {SATISFACTORY_LABELS[r.satisfactory]}
              </Badge>
            }
            changeLabel={may(s.saveReference) ? `Change the reference from ${r.refereeName}` : undefined}
            onChange={() => modal.show({ kind: 'reference', record: r })}
          >
            <DetailList
              items={[
                { label: 'Relationship', value: REFEREE_RELATIONSHIP_LABELS[r.relationship] },
                { label: 'Contact', value: r.refereeContact },
                { label: 'Requested', value: ukDate(r.requestedOn) },
                { label: 'Chased', value: ukDate(r.chasedOn) },
                { label: 'Received', value: ukDate(r.receivedOn) },
                ...(r.concerns || r.howAddressed
                  ? [
                      { label: 'Concerns', value: r.concerns, wide: true },
                      { label: 'How they were addressed', value: r.howAddressed, wide: true },
                    ]
                  : []),
              ]}
            />
          </ScreeningRecord>
        ))}
      </ScreeningSection>

      <ScreeningSection
        title="Enhanced DBS checks"
        summary="Newest first."
        addLabel={may(s.saveDbsCheck) ? 'Record a DBS check' : undefined}
        onAdd={() => modal.show({ kind: 'dbs', record: null })}
        empty="No DBS check recorded yet."
      >
        {dbsChecks.map((c) => {
          const badge = renewalBadge(c.renewal);
          const heading = c.certificateNumber ? `Certificate ${c.certificateNumber}` : 'Applied for';
          return (
            <ScreeningRecord
              key={c.id}
              heading={heading}
              badges={
                c.outcome !== 'pending' && (
                  <Badge color={badge.color} variant="light">
                    {badge.text}
                  </Badge>
                )
              }
              changeLabel={may(s.saveDbsCheck) ? `Change the DBS check: ${heading}` : undefined}
              onChange={() => modal.show({ kind: 'dbs', record: c })}
            >
              <DetailList
                items={[
                  { label: 'Outcome', value: DBS_OUTCOME_LABELS[c.outcome] },
                  { label: 'Issued', value: ukDate(c.issueDate) },
                  { label: 'Renewal due', value: ukDate(c.renewalDue) },
                  { label: 'Update service', value: c.updateService ? 'Subscribed' : 'Not subscribed' },
                  // A clear check with nothing declared needs no empty rows about disclosures.
                  ...(c.outcome === 'information_disclosed' || c.declaredConvictions || c.decision
                    ? [
                        { label: 'Declared convictions', value: c.declaredConvictions, wide: true },
                        { label: 'Disclosed information', value: c.disclosedInformation, wide: true },
                        { label: 'Decision', value: c.decision ? DBS_DECISION_LABELS[c.decision] : '' },
                        { label: 'Decided on', value: ukDate(c.decidedOn) },
                        { label: 'Reasons', value: c.decisionReasons, wide: true },
                      ]
                    : []),
                ]}
              />
            </ScreeningRecord>
          );
        })}
      </ScreeningSection>

      <ScreeningSection
        title="Interviews"
        addLabel={may(s.saveInterview) ? 'Record an interview' : undefined}
        onAdd={() => modal.show({ kind: 'interview', record: null })}
        empty="No interview recorded yet."
      >
        {interviews.map((i) => {
          const covered = i.answers.filter((a) => a.covered).length;
          const heading = `Interview on ${ukDate(i.heldOn)}`;
          return (
            <ScreeningRecord
              key={i.id}
              heading={heading}
              badges={
                <Badge
                  color={i.outcome === 'passed' ? 'teal' : i.outcome === 'deferred' ? 'gray' : 'red'}
                  variant="light"
                >
                  {INTERVIEW_OUTCOME_LABELS[i.outcome]}
                </Badge>
              }
              changeLabel={may(s.saveInterview) ? `Change the ${heading.toLowerCase()}` : undefined}
              onChange={() => modal.show({ kind: 'interview', record: i })}
            >
              <DetailList
                items={[
                  { label: 'Panel', value: i.panel },
                  { label: 'Standard questions covered', value: `${covered} of ${i.answers.length}` },
                  { label: 'Notes', value: i.notes, wide: true },
                ]}
              />
            </ScreeningRecord>
          );
        })}
      </ScreeningSection>

      <ScreeningSection
        title="Decision"
        addLabel={may(s.saveDecision) ? 'Record a decision' : undefined}
        onAdd={() => modal.show({ kind: 'decision', record: null })}
        empty="No decision recorded yet."
      >
        {decisions.map((d) => {
          const heading = `${DECISION_OUTCOME_LABELS[d.outcome]} on ${ukDate(d.decidedOn)}`;
          return (
            <ScreeningRecord
              key={d.id}
              heading={heading}
              badges={
                d.trialPeriod && (
                  <Badge color="blue" variant="light">
                    Trial period
                  </Badge>
                )
              }
              changeLabel={may(s.saveDecision) ? `Change the decision: ${heading}` : undefined}
              onChange={() => modal.show({ kind: 'decision', record: d })}
            >
              <DetailList
                items={[
                  ...(d.trialPeriod ? [{ label: 'Trial review due', value: ukDate(d.trialReviewDue) }] : []),
                  // Reasons are required when not selected; an approval shows them only if given.
                  ...(d.outcome === 'not_selected' || d.reasons
                    ? [{ label: 'Reasons', value: d.reasons, wide: true }]
                    : []),
                  ...(d.outcome === 'not_selected'
                    ? [
                        { label: 'Feedback given', value: ukDate(d.feedbackGivenOn) },
                        { label: 'Signposted to', value: d.signposting },
                      ]
                    : []),
                ]}
              />
            </ScreeningRecord>
          );
        })}
      </ScreeningSection>

      {modal.open?.kind === 'reference' && (
        <ReferenceModal mentorId={mentorId} reference={modal.open.record} onClose={modal.close} />
      )}
      {modal.open?.kind === 'dbs' && (
        <DbsCheckModal
          mentorId={mentorId}
          check={modal.open.record}
          renewalYears={settings.data?.thresholds.dbsRenewalYears ?? null}
          onClose={modal.close}
        />
      )}
      {modal.open?.kind === 'interview' && (
        <InterviewModal
          mentorId={mentorId}
          interview={modal.open.record}
          questions={interviewQuestions}
          personSpec={personSpec}
          onClose={modal.close}
        />
      )}
      {modal.open?.kind === 'decision' && (
        <DecisionModal
          mentorId={mentorId}
          decision={modal.open.record}
          personSpec={personSpec}
          onClose={modal.close}
        />
      )}
    </Stack>
  );
}

import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Match } from '../../../../shared/contract/matches';
import {
  MATCH_HAZARD_LABELS,
  MATCH_RISK_LEVEL_LABELS,
  MEETING_ATTENDEE_LABELS,
  MEETING_POINT_LABELS,
  MEETING_POINTS,
} from '../../../../shared/matching/match';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { formatDateTime } from '../../../components/dates';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
// The mentor file's print styles: the same paper layout for every kind of file.
import '../../service-development/mentors/mentor-file.css';
import { Facts, Section } from '../../assessment/mentees/file-sections';
import { MatchFilePlan } from '../../individual-needs/action-plans/MatchFilePlan';
import { MatchFileContacts } from '../contact-records/MatchFileContacts';
import { MatchFileEnding } from '../endings/MatchFileEnding';
import { matchStageLabel, ukOrDash } from './match-format';
import { matchPath } from './match-paths';
import { MatchHistoryTable } from './MatchHistory';
import { betweenText, lengthText, meetingText } from './overview/AgreementSection';

const or = (text: string | null | undefined) => (text ? text : '—');

/** The match file: the whole relationship on one page, for printing. */
export function MatchFilePage() {
  const { id = '' } = useParams();
  const match = useChannelQuery(contract.matches.get, { matchId: id });
  if (match.error)
    return (
      <Page title="Match file">
        <FormAlert title="The match file could not be put together">{errorMessage(match.error)}</FormAlert>
      </Page>
    );
  if (!match.data) return <Loader aria-label="Putting the match file together" />;
  return <MatchFile match={match.data} />;
}

function MatchFile({ match: x }: { match: Match }) {
  const risk = x.riskAssessments.find((r) => r.signedOffOn) ?? x.riskAssessments[0] ?? null;
  const a = x.agreement;
  const m = x.meeting;
  return (
    <Page
      title={`Match file: ${x.mentor.displayName} and ${x.mentee.displayName}`}
      description="Printed from Waymark. Confidential."
    >
      <div className="mentor-file">
        <Group className="no-print" mb="md">
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
            Print
          </Button>
          <Anchor component={RouterLink} to={matchPath(x.id)} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              Back to the match
            </Group>
          </Anchor>
        </Group>
        <Stack gap="md">
          <Text className="print-title" fw={700} fz="18pt">
            Match file: {x.reference}
          </Text>
          <Text size="sm">
            Stage: {matchStageLabel(x.stage)} (from {ukOrDash(x.stageSince)}). Printed{' '}
            {formatDateTime(new Date())}.
          </Text>
          <Section title="The match">
            <Facts
              rows={[
                [
                  'Mentor',
                  `${x.mentor.displayName}${x.mentor.clusterName ? ` (${x.mentor.clusterName})` : ''}`,
                ],
                ['Mentee', `${x.mentee.displayName} (${x.mentee.reference})`],
                ['Establishment', or(x.mentee.establishmentName)],
                ['Release', ukOrDash(x.mentee.releaseDate)],
                ['Caseworker', or(x.mentee.caseworkerName)],
                ['Case manager', or(x.mentee.caseManagerName)],
                [
                  'Proposed',
                  `${ukOrDash(x.proposedOn)}${x.proposedByName ? ` by ${x.proposedByName}` : ''}${x.suggestionRank ? `, suggestion number ${x.suggestionRank}` : ''}`,
                ],
                ...(x.overrideReason ? [['Why this mentor', x.overrideReason] as [string, string]] : []),
                ['Mentor', `told ${ukOrDash(x.mentorToldOn)}, agreed ${ukOrDash(x.mentorAgreedOn)}`],
                ['Mentee', `told ${ukOrDash(x.menteeToldOn)}, agreed ${ukOrDash(x.menteeAgreedOn)}`],
                ...(x.declinedOn
                  ? [
                      [
                        'Declined',
                        `by the ${x.declinedBy ?? ''} on ${ukOrDash(x.declinedOn)}: ${x.declineReason}`,
                      ] as [string, string],
                    ]
                  : []),
                ['Active', ukOrDash(x.activeOn)],
                ['Ended', ukOrDash(x.endedOn)],
                // A review is only due while the match is running.
                ...(x.stage === 'active'
                  ? [['Next review', ukOrDash(x.nextReviewDue)] as [string, string]]
                  : []),
              ]}
            />
          </Section>
          <Section title="History">
            <MatchHistoryTable match={x} />
          </Section>
          {x.earlierMatches.length > 0 && (
            <Section title="The mentee’s other matches">
              <Facts
                rows={x.earlierMatches.map((e) => [
                  e.reference,
                  `${e.mentorName}: ${matchStageLabel(e.stage)}, proposed ${ukOrDash(e.proposedOn)}${e.declineReason ? `. ${e.declineReason}` : ''}`,
                ])}
              />
            </Section>
          )}
          <Section title="Match risk assessment">
            {risk ? (
              <>
                <Facts
                  rows={[
                    ['Version', `${risk.version}${risk.signedOffOn ? '' : ' (draft, not signed off)'}`],
                    ['Overall level', MATCH_RISK_LEVEL_LABELS[risk.overallLevel]],
                    ['Assessed', `${ukOrDash(risk.assessedOn)} by ${risk.assessor}`],
                    [
                      'Signed off',
                      risk.signedOffOn ? `${ukOrDash(risk.signedOffOn)} by ${risk.signedOffBy ?? ''}` : '—',
                    ],
                    ['Review due', ukOrDash(risk.reviewDue)],
                    ['Controls', or(risk.controls)],
                  ]}
                />
                <Facts
                  rows={[
                    ...risk.hazards
                      .filter((h) => h.applies)
                      .map((h): [string, string] => [
                        MATCH_HAZARD_LABELS[h.hazard],
                        `Applies. ${h.controls || 'No controls recorded.'}`,
                      ]),
                    [
                      'Hazards that do not apply',
                      or(
                        risk.hazards
                          .filter((h) => !h.applies)
                          .map((h) => MATCH_HAZARD_LABELS[h.hazard])
                          .join('; '),
                      ),
                    ],
                  ]}
                />
              </>
            ) : (
              <Facts rows={[]} />
            )}
          </Section>
          <Section title="Three-way matching meeting">
            {m ? (
              <Facts
                rows={[
                  ['Held', `${ukOrDash(m.heldOn)} at ${m.place}`],
                  ['Attended', m.attendees.map((p) => MEETING_ATTENDEE_LABELS[p]).join('; ')],
                  ['Names', or(m.attendeeNames)],
                  [
                    `Points covered (${m.pointsCovered.length} of ${MEETING_POINTS.length})`,
                    or(m.pointsCovered.map((p) => MEETING_POINT_LABELS[p]).join('; ')),
                  ],
                  ['Next meeting', ukOrDash(m.nextMeetingOn)],
                  ['Notes', or(m.notes)],
                ]}
              />
            ) : (
              <Facts rows={[]} />
            )}
          </Section>
          <Section title="Mentoring agreement">
            {a ? (
              <Facts
                rows={[
                  ['Aim', a.aim],
                  ['Objectives', or(a.objectives)],
                  ['Ground rules', a.groundRules],
                  ['Agreed length', lengthText(a)],
                  ['Each meeting', meetingText(a)],
                  ['Contact between meetings', betweenText(a)],
                  ['First review', ukOrDash(a.reviewOn)],
                  ['Signed', `mentor ${ukOrDash(a.mentorSignedOn)}, mentee ${ukOrDash(a.menteeSignedOn)}`],
                ]}
              />
            ) : (
              <Facts rows={[]} />
            )}
          </Section>
          <MatchFileContacts matchId={x.id} />
          <MatchFilePlan matchId={x.id} />
          <MatchFileEnding matchId={x.id} />
        </Stack>
      </div>
    </Page>
  );
}

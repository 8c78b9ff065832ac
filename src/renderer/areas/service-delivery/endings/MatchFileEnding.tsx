import { Stack, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import {
  EXIT_PARTY_LABELS,
  EXIT_QUESTIONS,
  exitAnswerText,
} from '../../../../shared/matching/exit-interview';
import {
  ENDING_REASON_LABELS,
  EXIT_PARTIES,
  INCIDENT_KIND_LABELS,
  INCIDENT_SEVERITY_LABELS,
} from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';
import { useChannelQuery } from '../../../api/channels';
import { Facts, Section } from '../../assessment/mentees/file-sections';
import { ENDING_KIND_LABELS, INFORMAL_EXPLANATION } from './ending-format';

const d = (iso: string | null | undefined) => (iso ? formatUkDate(iso) : '—');

/**
 * The match file's last sections: incidents, the ending and the exit interviews. Each is read
 * through its own channel; a part the reader may not see is left out.
 */
export function MatchFileEnding({ matchId }: { matchId: string }) {
  const view = useChannelQuery(contract.endings.get, { matchId });
  const incidents = useChannelQuery(contract.incidents.list, { matchId, status: 'all', pageSize: 200 });
  return (
    <>
      {incidents.data && (
        <Section title="Incidents and difficult situations">
          {incidents.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              None recorded.
            </Text>
          ) : (
            <Stack gap="sm">
              {incidents.data.items.map((i) => (
                <Facts
                  key={i.id}
                  rows={[
                    ['Incident', `${INCIDENT_KIND_LABELS[i.kind]} (${INCIDENT_SEVERITY_LABELS[i.severity]})`],
                    ['Happened on', d(i.occurredOn)],
                    ['What happened', i.description],
                    ['What was done', i.actions || '—'],
                    [
                      'Follow-up',
                      i.followUp ? `${i.followUp}${i.followUpDue ? ` (by ${d(i.followUpDue)})` : ''}` : '—',
                    ],
                    ['Closed', i.closedOn ? `${d(i.closedOn)}: ${i.closureNote}` : 'Still open'],
                  ]}
                />
              ))}
            </Stack>
          )}
        </Section>
      )}
      {view.data && (
        <Section title="Ending">
          {view.data.ending ? (
            <Facts
              rows={[
                ['Ending', ENDING_KIND_LABELS[view.data.ending.kind]],
                ['Reason', ENDING_REASON_LABELS[view.data.ending.reason]],
                ['Ended on', d(view.data.ending.endedOn)],
                [
                  'Keeping in touch informally',
                  view.data.ending.continuesInformally ? `Yes. ${INFORMAL_EXPLANATION}` : 'No',
                ],
                ['Notes', view.data.ending.notes || '—'],
                ['Recorded by', view.data.ending.recordedByName],
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              The match has not ended.
            </Text>
          )}
        </Section>
      )}
      {view.data?.ending &&
        EXIT_PARTIES.map((party) => {
          const interview = view.data.interviews.find((i) => i.party === party);
          return (
            <Section key={party} title={EXIT_PARTY_LABELS[party]}>
              {interview ? (
                <Facts
                  rows={[
                    ['Held on', d(interview.heldOn)],
                    ...EXIT_QUESTIONS[party].map((q): [string, string] => [
                      q.label,
                      exitAnswerText(q, interview.answers[q.key]) || '—',
                    ]),
                  ]}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  Not recorded.
                </Text>
              )}
            </Section>
          );
        })}
    </>
  );
}

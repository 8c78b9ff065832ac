import { Badge, Loader } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import { MEETING_OUTCOME_LABELS, type MenteeMeeting } from '../../../../../shared/contract/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import {
  ScreeningRecord,
  ScreeningSection,
} from '../../../service-development/mentors/screening/ScreeningSection';
import { ukDate } from '../../../service-development/mentors/screening/screening-format';
import { useModalState } from '../../../service-development/mentors/screening/useModalState';
import { MeetingModal } from './MeetingModal';

const OUTCOME_COLOURS = { suitable: 'teal', not_selected: 'red', more_information: 'orange' } as const;

/** The assessment meetings with a referred person, newest first, and each outcome. */
export function MenteeAssessmentTab({ menteeId }: { menteeId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.assessment.meetings, { menteeId });
  const modal = useModalState<{ record: MenteeMeeting | null }>();
  const mayWrite = mayCall(contract.assessment.saveMeeting, session.roles);
  if (found.error)
    return <FormAlert title="The assessment could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading the assessment" />;
  return (
    <>
      <ScreeningSection
        title="Assessment meetings"
        summary="Newest first."
        addLabel={mayWrite ? 'Record a meeting' : undefined}
        onAdd={() => modal.show({ record: null })}
        empty="No assessment meeting recorded yet."
      >
        {found.data.items.map((m) => (
          <ScreeningRecord
            key={m.id}
            heading={`Meeting on ${ukDate(m.heldOn)}`}
            badges={
              <Badge color={OUTCOME_COLOURS[m.outcome]} variant="light">
                {MEETING_OUTCOME_LABELS[m.outcome]}
              </Badge>
            }
            changeLabel={mayWrite ? `Change the meeting on ${ukDate(m.heldOn)}` : undefined}
            onChange={() => modal.show({ record: m })}
          >
            <DetailList
              items={[
                { label: 'Attended by', value: m.attendedBy, wide: true },
                { label: 'Notes', value: m.notes, wide: true },
                ...(m.outcome === 'not_selected'
                  ? [
                      { label: 'Why not selected', value: m.notSelectedReasons, wide: true },
                      { label: 'Signposted to', value: m.signposting, wide: true },
                      { label: 'Told on', value: ukDate(m.toldOn) },
                      { label: 'Told how', value: m.toldHow },
                    ]
                  : []),
              ]}
            />
          </ScreeningRecord>
        ))}
      </ScreeningSection>
      {modal.open && <MeetingModal menteeId={menteeId} meeting={modal.open.record} onClose={modal.close} />}
    </>
  );
}

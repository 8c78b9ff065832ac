import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { Match, MatchAgreement } from '../../../../../shared/contract/matches';
import { addMonths } from '../../../../../shared/mentors/dates';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { WholeNumberInput } from '../../../../components/WholeNumberInput';
import { MatchAgreementDocument } from '../../../individual-needs/agreements/MatchAgreementDocument';
import { DateField } from '../../../service-development/mentors/screening/DateField';
import { BOTH_AGREED_STAGES, ukOrBlank, ukOrDash } from '../match-format';
import { SignModal } from './WorkflowModals';

const LENGTH_OPTIONS = [
  { value: 'weeks', label: 'weeks' },
  { value: 'months', label: 'months' },
];
const BETWEEN_OPTIONS = [
  { value: 'days', label: 'days' },
  { value: 'weeks', label: 'weeks' },
];

/** How the agreement reads in a sentence or two (the screen, the file). */
export const lengthText = (a: MatchAgreement) => `${a.lengthValue} ${a.lengthUnit}`;
export const meetingText = (a: MatchAgreement) =>
  `Between ${a.meetingMinMinutes} and ${a.meetingMaxMinutes} minutes`;
export const betweenText = (a: MatchAgreement) =>
  `At most once every ${a.contactBetweenValue === 1 ? a.contactBetweenUnit.replace(/s$/, '') : `${a.contactBetweenValue} ${a.contactBetweenUnit}`}`;

/** The agreement as agreed (also used by the match file). */
export function AgreementDetails({ agreement: a }: { agreement: MatchAgreement }) {
  return (
    <DetailList
      items={[
        { label: 'Aim', value: a.aim, wide: true },
        { label: 'Objectives', value: a.objectives, wide: true },
        { label: 'Ground rules', value: a.groundRules, wide: true },
        { label: 'Agreed length', value: lengthText(a) },
        { label: 'Each meeting', value: meetingText(a) },
        { label: 'Contact between meetings', value: betweenText(a) },
        { label: 'First review', value: ukOrBlank(a.reviewOn) },
      ]}
    />
  );
}

/**
 * The shared mentoring agreement: written together at the meeting, signed by both. It can change
 * until the first signature; after that it is kept as signed (later changes belong to a review).
 */
export function AgreementSection({ match, mayWrite }: { match: Match; mayWrite: boolean }) {
  const [signing, setSigning] = useState<'mentor' | 'mentee' | null>(null);
  const [editing, setEditing] = useState(false);
  const a = match.agreement;
  const open = (BOTH_AGREED_STAGES as readonly string[]).includes(match.stage);
  const signedByAnyone = !!a && (a.mentorSignedOn !== null || a.menteeSignedOn !== null);
  const mayEdit = mayWrite && open && !signedByAnyone;
  const showForm = mayEdit && (!a || editing);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-agreement-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id="match-agreement-title">
          Mentoring agreement
        </Title>
        {mayEdit && a && !editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Change the agreement
          </Button>
        )}
      </Group>
      <Stack gap="md">
        {showForm ? (
          <AgreementForm match={match} onDone={a ? () => setEditing(false) : undefined} />
        ) : a ? (
          <AgreementDetails agreement={a} />
        ) : (
          <Text c="dimmed">
            {match.stage === 'proposed' || match.stage === 'mentor_agreed'
              ? 'Written together at the three-way meeting, once both have agreed to the match.'
              : 'Not written.'}
          </Text>
        )}
        {a && !showForm && (
          <Table withTableBorder fz="sm" aria-label="Signatures on the agreement">
            <Table.Tbody>
              {(['mentor', 'mentee'] as const).map((party) => {
                const on = party === 'mentor' ? a.mentorSignedOn : a.menteeSignedOn;
                const name = party === 'mentor' ? match.mentor.displayName : match.mentee.displayName;
                return (
                  <Table.Tr key={party}>
                    <Table.Th scope="row" w="40%">
                      {party === 'mentor' ? 'Mentor' : 'Mentee'}: {name}
                    </Table.Th>
                    <Table.Td>{on ? `Signed on ${ukOrDash(on)}` : 'Not yet signed'}</Table.Td>
                    <Table.Td>
                      {!on && mayWrite && open && (
                        <Button size="xs" onClick={() => setSigning(party)}>
                          Record the {party}’s signature
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {a && <MatchAgreementDocument matchId={match.id} />}
      </Stack>
      {signing && <SignModal match={match} party={signing} opened onClose={() => setSigning(null)} />}
    </Card>
  );
}

function AgreementForm({ match, onDone }: { match: Match; onDone?(): void }) {
  const a = match.agreement;
  const d = match.defaults;
  const suggestedReview = match.meeting ? addMonths(match.meeting.heldOn, d.reviewMonths) : '';
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.matches.saveAgreement, {
    initialValues: {
      matchId: match.id,
      groundRules: a?.groundRules ?? '',
      aim: a?.aim ?? '',
      objectives: a?.objectives ?? '',
      // Text boxes hold what was typed; the contract reads the digits.
      lengthValue: String(a?.lengthValue ?? '') as never,
      lengthUnit: a?.lengthUnit ?? 'months',
      meetingMinMinutes: String(a?.meetingMinMinutes ?? d.meetingMinMinutes) as never,
      meetingMaxMinutes: String(a?.meetingMaxMinutes ?? d.meetingMaxMinutes) as never,
      contactBetweenValue: String(a?.contactBetweenValue ?? '') as never,
      contactBetweenUnit: a?.contactBetweenUnit ?? 'weeks',
      reviewOn: a?.reviewOn ?? suggestedReview,
    },
    draftKey: `${match.id}:agreement`,
    onSaved: () => {
      notifySaved('Agreement saved', 'The agreement is saved. Record each signature once they have signed.');
      onDone?.();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Mentoring agreement">
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Textarea label="Aim of the mentoring" required autosize minRows={2} {...form.getInputProps('aim')} />
        <Textarea label="Objectives" autosize minRows={2} {...form.getInputProps('objectives')} />
        <Textarea
          label="Ground rules"
          description="What they agreed about meeting places, boundaries, confidentiality and contact"
          required
          autosize
          minRows={3}
          {...form.getInputProps('groundRules')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <WholeNumberInput label="Agreed length" required {...form.getInputProps('lengthValue')} />
          <Select
            label="Length in"
            allowDeselect={false}
            data={LENGTH_OPTIONS}
            {...form.getInputProps('lengthUnit')}
          />
          <WholeNumberInput
            label="Shortest meeting (minutes)"
            description={`Programme advice: ${d.meetingMinMinutes}`}
            {...form.getInputProps('meetingMinMinutes')}
          />
          <WholeNumberInput
            label="Longest meeting (minutes)"
            description={`Programme advice: ${d.meetingMaxMinutes}`}
            {...form.getInputProps('meetingMaxMinutes')}
          />
          <WholeNumberInput
            label="In touch between meetings at most once every"
            required
            {...form.getInputProps('contactBetweenValue')}
          />
          <Select
            label="Counted in"
            allowDeselect={false}
            data={BETWEEN_OPTIONS}
            {...form.getInputProps('contactBetweenUnit')}
          />
          <DateField
            label="First review"
            description={`Left empty: ${d.reviewMonths} months after the meeting`}
            {...form.getInputProps('reviewOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting} disabled={a !== null && !dirty}>
            Save the agreement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

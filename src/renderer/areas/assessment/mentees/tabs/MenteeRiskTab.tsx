import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { MenteeRiskAssessment } from '../../../../../shared/contract/assessment';
import {
  RISK_LEVEL_LABELS,
  RISK_QUESTIONS,
  RISK_SOURCE_LABELS,
} from '../../../../../shared/mentees/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../../api/channels';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { notifySaved } from '../../../../components/notify';
import { RiskSignOffBar } from '../../../../components/risk/RiskSignOffBar';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { ukDate } from '../../../service-development/mentors/screening/screening-format';
import { RISK_ANSWER_LABELS, RISK_LEVEL_COLOURS } from './assessment-format';
import { RiskDraftForm } from './RiskDraftForm';

/**
 * A mentee's risk assessment: the current draft as a form (caseworkers and co-ordinators), with a
 * "Sign off" that makes it read-only; signed-off versions below, newest first. A review starts a
 * new version from the last signed one.
 */
export function MenteeRiskTab({ menteeId }: { menteeId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.assessment.riskAssessments, { menteeId });
  const mayWrite = mayCall(contract.assessment.saveRiskDraft, session.roles);
  const [reviewing, setReviewing] = useState(false);

  if (found.error)
    return <FormAlert title="The risk assessment could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading the risk assessment" />;
  const versions = found.data.items;
  const latest = versions[0] ?? null;
  const draft = latest && !latest.signedOffOn ? latest : null;
  const signed = versions.filter((v) => v.signedOffOn);

  return (
    <Stack gap="lg">
      {draft && mayWrite && <SignOffBar menteeId={menteeId} draft={draft} />}
      {mayWrite && (draft || !latest) && (
        <RiskDraftForm key={draft?.id ?? 'new'} menteeId={menteeId} draft={draft} from={null} />
      )}
      {mayWrite && !draft && latest && !reviewing && (
        <Group>
          <Button onClick={() => setReviewing(true)}>Start a review</Button>
          <Text size="sm" c="dimmed">
            Review due {ukDate(latest.reviewDue)}. A review starts version {latest.version + 1} from this one.
          </Text>
        </Group>
      )}
      {mayWrite && !draft && latest && reviewing && (
        <RiskDraftForm
          menteeId={menteeId}
          draft={null}
          from={latest}
          onSaved={() => setReviewing(false)}
          onCancel={() => setReviewing(false)}
        />
      )}
      {!mayWrite && draft && <Text c="dimmed">Version {draft.version} is a draft, not yet signed off.</Text>}
      {!latest && !mayWrite && <Text c="dimmed">No risk assessment recorded yet.</Text>}
      {signed.map((v) => (
        <SignedVersion key={v.id} version={v} current={v.id === signed[0]?.id} />
      ))}
    </Stack>
  );
}

function SignOffBar({ menteeId, draft }: { menteeId: string; draft: MenteeRiskAssessment }) {
  const signOff = useChannelMutation(contract.assessment.signOffRisk);
  return (
    <RiskSignOffBar
      version={draft.version}
      levelLabel={RISK_LEVEL_LABELS[draft.overallLevel]}
      assessedOn={ukDate(draft.assessedOn)}
      buttonLabel="Sign off"
      pending={signOff.isPending}
      onConfirm={() =>
        signOff.mutate(
          { menteeId, id: draft.id },
          {
            onSuccess: (s) =>
              notifySaved('Signed off', `Version ${s.version} of the risk assessment is signed off.`),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not signed off', message: errorMessage(error) }),
          },
        )
      }
    />
  );
}

function SignedVersion({ version: v, current }: { version: MenteeRiskAssessment; current: boolean }) {
  const id = `risk-version-${v.version}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="sm">
        <Title order={2} fz="h4" id={id}>
          Version {v.version}
        </Title>
        <Badge color={RISK_LEVEL_COLOURS[v.overallLevel]} variant="light">
          {RISK_LEVEL_LABELS[v.overallLevel]} risk
        </Badge>
        <Badge color="gray" variant="outline">
          {current ? 'Current, signed off' : 'Earlier version'}
        </Badge>
      </Group>
      <DetailList
        items={[
          { label: 'Assessed by', value: v.assessor },
          { label: 'Assessed on', value: ukDate(v.assessedOn) },
          { label: 'Signed off', value: `${ukDate(v.signedOffOn)} by ${v.signedOffBy ?? ''}` },
          { label: 'Review due', value: ukDate(v.reviewDue) },
          {
            label: 'Source',
            value: [
              v.sourceDocument ? RISK_SOURCE_LABELS[v.sourceDocument] : '',
              v.sourceReference,
              ukDate(v.sourceDated),
            ]
              .filter(Boolean)
              .join(', '),
          },
          { label: 'Safeguards for the mentor', value: v.safeguards, wide: true },
        ]}
      />
      <Table mt="md" striped withTableBorder fz="sm" aria-label={`Answers in version ${v.version}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Question</Table.Th>
            <Table.Th scope="col">Answer</Table.Th>
            <Table.Th scope="col">Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RISK_QUESTIONS.map((q) => (
            <Table.Tr key={q.key}>
              <Table.Td>{q.text}</Table.Td>
              <Table.Td>{RISK_ANSWER_LABELS[v.answers[q.key]?.answer ?? 'unknown']}</Table.Td>
              <Table.Td>{v.answers[q.key]?.notes ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

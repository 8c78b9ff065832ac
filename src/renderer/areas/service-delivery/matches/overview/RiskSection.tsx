import {
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { Match, MatchRiskAssessment } from '../../../../../shared/contract/matches';
import {
  MATCH_HAZARD_LABELS,
  MATCH_HAZARDS,
  MATCH_RISK_LEVEL_LABELS,
  type MatchRiskLevel,
} from '../../../../../shared/matching/match';
import { errorMessage } from '../../../../api/api-error';
import { useChannelMutation } from '../../../../api/channels';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { notifySaved } from '../../../../components/notify';
import { RiskConclusion } from '../../../../components/risk/RiskConclusion';
import { RiskSignOffBar } from '../../../../components/risk/RiskSignOffBar';
import { optionsOf } from '../../../service-development/mentors/screening/screening-format';
import { ukOrBlank, ukOrDash } from '../match-format';

const LEVEL_COLOURS: Record<MatchRiskLevel, string> = { low: 'green', medium: 'yellow', high: 'red' };

/**
 * The match risk assessment (health and safety, required before the match is active): the draft
 * as a form, "Sign off" to make it read-only, then signed versions. A review starts a new version
 * from the last signed one.
 */
export function RiskSection({ match, mayWrite }: { match: Match; mayWrite: boolean }) {
  const [reviewing, setReviewing] = useState(false);
  const versions = match.riskAssessments;
  const latest = versions[0] ?? null;
  const draft = latest && !latest.signedOffOn ? latest : null;
  const signed = versions.filter((v) => v.signedOffOn);
  const open = match.stage !== 'declined' && match.stage !== 'ended';
  const editable = mayWrite && open;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-risk-title">
      <Title order={2} fz="h4" id="match-risk-title" mb="sm">
        Match risk assessment
      </Title>
      <Stack gap="md">
        {draft && editable && <SignOffBar matchId={match.id} draft={draft} />}
        {editable && (draft || !latest) && (
          <RiskForm key={draft?.id ?? 'new'} matchId={match.id} draft={draft} from={null} />
        )}
        {editable && !draft && latest && !reviewing && (
          <Group>
            <Button variant="default" onClick={() => setReviewing(true)}>
              Start a review
            </Button>
            <Text size="sm" c="dimmed">
              Review due {ukOrDash(latest.reviewDue)}. A review starts version {latest.version + 1} from this
              one.
            </Text>
          </Group>
        )}
        {editable && !draft && latest && reviewing && (
          <RiskForm matchId={match.id} draft={null} from={latest} onDone={() => setReviewing(false)} />
        )}
        {!editable && draft && (
          <Text c="dimmed">Version {draft.version} is a draft, not yet signed off.</Text>
        )}
        {!latest && !editable && <Text c="dimmed">No risk assessment recorded.</Text>}
        {signed.map((v) => (
          <SignedRisk key={v.id} risk={v} current={v.id === signed[0]?.id} />
        ))}
      </Stack>
    </Card>
  );
}

function RiskForm({
  matchId,
  draft,
  from,
  onDone,
}: {
  matchId: string;
  draft: MatchRiskAssessment | null;
  from: MatchRiskAssessment | null;
  onDone?(): void;
}) {
  const base = draft ?? from;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.matches.saveRiskAssessment,
    {
      initialValues: {
        ...(draft ? { id: draft.id } : {}),
        matchId,
        hazards: MATCH_HAZARDS.map((hazard) => {
          const h = base?.hazards.find((x) => x.hazard === hazard);
          return { hazard, applies: h?.applies ?? false, controls: h?.controls ?? '' };
        }),
        overallLevel: base?.overallLevel ?? ('' as never),
        controls: base?.controls ?? '',
        assessor: base?.assessor ?? '',
        // A review is a new assessment: its dates are entered afresh.
        assessedOn: draft?.assessedOn ?? '',
        reviewDue: draft?.reviewDue ?? '',
      },
      draftKey: `${matchId}:${draft?.id ?? 'new'}`,
      onSaved: (saved) => {
        const v = saved.riskAssessments[0];
        notifySaved(
          'Draft saved',
          `Version ${v?.version ?? 1} of the match risk assessment is saved as a draft.`,
        );
        onDone?.();
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Match risk assessment draft">
      <Stack>
        <Text size="sm" c="dimmed">
          {draft
            ? `Draft: version ${draft.version}.`
            : from
              ? `New review (version ${from.version + 1}).`
              : 'No risk assessment yet.'}{' '}
          Tick each hazard that applies to this match and say how it is controlled.
        </Text>
        <FormAlert>{formError}</FormAlert>
        <Stack gap={0} role="group" aria-label="Hazards">
          {MATCH_HAZARDS.map((hazard, i) => (
            <Grid
              key={hazard}
              gap="xs"
              py={6}
              align="center"
              style={i > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Checkbox
                  label={MATCH_HAZARD_LABELS[hazard]}
                  {...form.getInputProps(`hazards.${i}.applies`, { type: 'checkbox' })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TextInput
                  size="xs"
                  aria-label={`Controls for: ${MATCH_HAZARD_LABELS[hazard]}`}
                  placeholder="How it is controlled"
                  {...form.getInputProps(`hazards.${i}.controls`)}
                />
              </Grid.Col>
            </Grid>
          ))}
        </Stack>
        <RiskConclusion
          form={form}
          levels={optionsOf(MATCH_RISK_LEVEL_LABELS)}
          measures={{
            field: 'controls',
            label: 'Controls for the match as a whole',
            description: 'Needed when the overall level is high',
          }}
          submitting={submitting}
          saveDisabled={draft !== null && !dirty}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

function SignOffBar({ matchId, draft }: { matchId: string; draft: MatchRiskAssessment }) {
  const signOff = useChannelMutation(contract.matches.signOffRiskAssessment);
  return (
    <RiskSignOffBar
      version={draft.version}
      levelLabel={MATCH_RISK_LEVEL_LABELS[draft.overallLevel]}
      assessedOn={ukOrDash(draft.assessedOn)}
      buttonLabel="Sign off the risk assessment"
      pending={signOff.isPending}
      onConfirm={() =>
        signOff.mutate(
          { matchId, id: draft.id },
          {
            onSuccess: () =>
              notifySaved(
                'Signed off',
                `Version ${draft.version} of the match risk assessment is signed off.`,
              ),
            onError: (error) =>
              notifications.show({ color: 'red', title: 'Not signed off', message: errorMessage(error) }),
          },
        )
      }
    />
  );
}

/** A signed-off version, read-only (also used by the match file). */
export function SignedRisk({ risk: v, current }: { risk: MatchRiskAssessment; current: boolean }) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600}>Version {v.version}</Text>
        <Badge color={LEVEL_COLOURS[v.overallLevel]} variant="light">
          {MATCH_RISK_LEVEL_LABELS[v.overallLevel]} risk
        </Badge>
        <Badge color="gray" variant="outline">
          {current ? 'Current, signed off' : v.signedOffOn ? 'Earlier version' : 'Draft'}
        </Badge>
      </Group>
      <DetailList
        items={[
          { label: 'Assessed by', value: v.assessor },
          { label: 'Assessed on', value: ukOrBlank(v.assessedOn) },
          {
            label: 'Signed off',
            value: v.signedOffOn ? `${ukOrBlank(v.signedOffOn)} by ${v.signedOffBy ?? ''}` : '',
          },
          { label: 'Review due', value: ukOrBlank(v.reviewDue) },
          { label: 'Controls for the match as a whole', value: v.controls, wide: true },
        ]}
      />
      <Table striped withTableBorder fz="sm" aria-label={`Hazards in version ${v.version}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Hazard</Table.Th>
            <Table.Th scope="col">Applies</Table.Th>
            <Table.Th scope="col">Controls</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.hazards.map((h) => (
            <Table.Tr key={h.hazard}>
              <Table.Td>{MATCH_HAZARD_LABELS[h.hazard]}</Table.Td>
              <Table.Td>{h.applies ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>{h.controls || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

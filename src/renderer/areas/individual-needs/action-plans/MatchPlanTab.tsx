import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { contract } from '../../../../shared/contract';
import type { ActionPlan, Goal } from '../../../../shared/contract/plans';
import { PHASE_LABELS } from '../../../../shared/matching/relationship';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { useModalState } from '../../service-development/mentors/screening/useModalState';
import { GoalCard } from './GoalCard';
import { GoalModal } from './GoalModal';
import { pathwayLabel } from './plan-format';
import { ProgressModal } from './ProgressModal';

type Open = { kind: 'goal'; goal: Goal | null } | { kind: 'progress'; goal: Goal };

/**
 * The match's action plan: SMART goals as cards, before release then after, grouped by pathway,
 * each with its progress. Goals are set from the three-way meeting on.
 */
export function MatchPlanTab({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const plan = useChannelQuery(contract.plans.goals, { matchId });
  const move = useChannelMutation(contract.plans.moveGoal);
  const modal = useModalState<Open>();
  if (plan.error)
    return <FormAlert title="The action plan could not be shown">{errorMessage(plan.error)}</FormAlert>;
  if (!plan.data) return <Loader aria-label="Loading the action plan" />;
  const { phases, mayPlan, defaultPhase } = plan.data;
  const mayWrite = mayPlan && mayCall(contract.plans.saveGoal, session.roles);
  const count = phases.reduce((n, p) => n + p.pathways.reduce((m, w) => m + w.goals.length, 0), 0);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} fz="h3">
            Action plan
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            SMART goals on the resettlement pathways: specific, measurable, achievable, realistic and timed.
            Set them together at the three-way meeting and look at them again at each review.
          </Text>
        </div>
        {mayWrite && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => modal.show({ kind: 'goal', goal: null })}
          >
            Add a goal
          </Button>
        )}
      </Group>
      {!mayPlan && (
        <Alert color="gray" title="Not open for planning">
          Goals are set from the three-way meeting, once both have agreed to the match, and kept up to date
          while it is active.
        </Alert>
      )}
      <FormAlert title="The goal could not be moved">
        {move.error ? errorMessage(move.error) : null}
      </FormAlert>
      {count === 0 && <Text c="dimmed">No goals yet.</Text>}
      {phases.map((p) => (
        <PhaseSection
          key={p.phase}
          phase={p}
          render={(goal, i, all) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              actions={
                mayWrite
                  ? {
                      onProgress: () => modal.show({ kind: 'progress', goal }),
                      onChange: () => modal.show({ kind: 'goal', goal }),
                      onMove: (direction) => move.mutate({ matchId, goalId: goal.id, direction }),
                      first: i === 0,
                      last: i === all.length - 1,
                      moving: move.isPending,
                    }
                  : null
              }
            />
          )}
        />
      ))}
      {modal.open?.kind === 'goal' && (
        <GoalModal
          matchId={matchId}
          goal={modal.open.goal}
          defaultPhase={defaultPhase}
          onClose={modal.close}
        />
      )}
      {modal.open?.kind === 'progress' && (
        <ProgressModal matchId={matchId} goal={modal.open.goal} onClose={modal.close} />
      )}
    </Stack>
  );
}

function PhaseSection({
  phase: p,
  render,
}: {
  phase: ActionPlan['phases'][number];
  render(goal: Goal, index: number, all: Goal[]): ReactNode;
}) {
  const id = `plan-phase-${p.phase}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={3} fz="h4" id={id} mb="sm">
        {PHASE_LABELS[p.phase]}
      </Title>
      <Stack gap="lg">
        {p.pathways.map((w) => (
          <Stack key={w.pathway} gap="sm">
            <Title order={4} fz="md">
              {pathwayLabel(w.pathway)}
            </Title>
            {w.goals.map((g, i) => render(g, i, w.goals))}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

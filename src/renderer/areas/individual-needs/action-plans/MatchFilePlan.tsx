import { Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import {
  GOAL_STATUS_LABELS,
  OUTCOME_TYPE_LABELS,
  PHASE_LABELS,
  PROGRESS_RATING_LABELS,
} from '../../../../shared/matching/relationship';
import { useChannelQuery } from '../../../api/channels';
import { Facts, Section } from '../../assessment/mentees/file-sections';
import { pathwayLabel, ukOrDash } from './plan-format';

/**
 * The match file's action plan and reviews, for printing: every goal with its SMART parts and
 * progress, then every review. A part the reader may not see is left out (the core decides).
 */
export function MatchFilePlan({ matchId }: { matchId: string }) {
  const plan = useChannelQuery(contract.plans.goals, { matchId });
  const reviews = useChannelQuery(contract.plans.reviews, { matchId });
  const goals = plan.data?.phases.flatMap((p) => p.pathways.flatMap((w) => w.goals)) ?? [];
  return (
    <>
      {plan.data && (
        <Section title="Action plan">
          {goals.length === 0 && <Facts rows={[]} />}
          {goals.map((g, i) => (
            <div key={g.id} style={{ breakInside: 'avoid', marginBottom: 12 }}>
              <Text fw={600} size="sm" component="h3" m={0}>
                Goal {i + 1}: {pathwayLabel(g.pathway)}, {PHASE_LABELS[g.phase].toLowerCase()}
              </Text>
              <Facts
                rows={[
                  ['Specific', g.specific],
                  ['How we’ll know', g.measure],
                  ['Achievable and realistic', g.achievable || '—'],
                  ['By', ukOrDash(g.targetDate)],
                  ['Status', GOAL_STATUS_LABELS[g.status]],
                  ['Kind of outcome', OUTCOME_TYPE_LABELS[g.outcomeType]],
                  ['Evidence', g.evidence || '—'],
                  [
                    'Progress',
                    g.updates.length
                      ? g.updates
                          .map((u) => `${ukOrDash(u.onDate)} (${GOAL_STATUS_LABELS[u.status]}): ${u.note}`)
                          .join('\n')
                      : '—',
                  ],
                ]}
              />
            </div>
          ))}
        </Section>
      )}
      {reviews.data && (
        <Section title="Reviews">
          {reviews.data.items.length === 0 && <Facts rows={[]} />}
          {reviews.data.items.map((r) => (
            <div key={r.id} style={{ breakInside: 'avoid', marginBottom: 12 }}>
              <Text fw={600} size="sm" component="h3" m={0}>
                Review held {ukOrDash(r.heldOn)}
              </Text>
              <Facts
                rows={[
                  ...r.pathwayRatings.map((p): [string, string] => [
                    pathwayLabel(p.pathway),
                    PROGRESS_RATING_LABELS[p.rating],
                  ]),
                  ...r.goalRatings.map((g): [string, string] => [
                    `Goal: ${g.specific}`,
                    PROGRESS_RATING_LABELS[g.rating],
                  ]),
                  ['Achieved', r.achievements || '—'],
                  ['The mentee gained', r.menteeGained || '—'],
                  ['The mentor gained', r.mentorGained || '—'],
                  ['Changes to the plan', r.planChanges || '—'],
                  ['Changes to the agreed length', r.lengthChange || '—'],
                  ['Next review', ukOrDash(r.nextReviewDue)],
                ]}
              />
            </div>
          ))}
        </Section>
      )}
    </>
  );
}

import { Badge } from '@mantine/core';
import type { MatchStage } from '../../../../shared/matching/match';
import { matchStageLabel } from './match-format';

const COLOURS: Record<MatchStage, string> = {
  proposed: 'gray',
  mentor_agreed: 'blue',
  mentee_agreed: 'indigo',
  active: 'teal',
  declined: 'red',
  ended: 'dark',
};

export function MatchStageBadge({ stage }: { stage: MatchStage }) {
  return (
    <Badge variant="light" color={COLOURS[stage] ?? 'blue'} style={{ textTransform: 'none' }}>
      {matchStageLabel(stage)}
    </Badge>
  );
}

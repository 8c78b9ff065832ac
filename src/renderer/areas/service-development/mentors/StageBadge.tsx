import { Badge } from '@mantine/core';
import type { MentorStage } from '../../../../shared/mentors/pipeline';
import { stageColour, stageLabel } from './mentor-format';

export function StageBadge({ stage }: { stage: MentorStage }) {
  return (
    <Badge variant="light" color={stageColour(stage)} size="sm" style={{ textTransform: 'none' }}>
      {stageLabel(stage)}
    </Badge>
  );
}

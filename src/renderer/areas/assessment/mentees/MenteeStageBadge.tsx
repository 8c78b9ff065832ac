import { Badge } from '@mantine/core';
import type { MenteeStage } from '../../../../shared/mentees/referral';
import { menteeStageLabel } from './mentee-format';

const COLOURS: Partial<Record<MenteeStage, string>> = {
  referred: 'gray',
  ready: 'green',
  matched: 'teal',
  not_selected: 'red',
  withdrawn: 'red',
  closed: 'dark',
};

export function MenteeStageBadge({ stage }: { stage: MenteeStage }) {
  return (
    <Badge variant="light" color={COLOURS[stage] ?? 'blue'} style={{ textTransform: 'none' }}>
      {menteeStageLabel(stage)}
    </Badge>
  );
}

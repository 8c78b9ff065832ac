import { Badge } from '@mantine/core';
import { CONCERN_STATUS_LABELS, type ConcernStatus } from '../../../../shared/safeguarding/safeguarding';
import { STATUS_COLOURS } from './safeguarding-format';

export function ConcernStatusBadge({ status }: { status: ConcernStatus }) {
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {CONCERN_STATUS_LABELS[status]}
    </Badge>
  );
}

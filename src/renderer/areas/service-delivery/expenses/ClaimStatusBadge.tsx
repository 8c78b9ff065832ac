import { Badge } from '@mantine/core';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../shared/expenses/expenses';
import { STATUS_COLOURS } from './expense-format';

/** A claim's status in words, and "Late" beside it when it is not paid within the days. */
export function ClaimStatusBadge({ status, late }: { status: ClaimStatus; late: boolean }) {
  return (
    <>
      <Badge variant="light" color={STATUS_COLOURS[status]}>
        {CLAIM_STATUS_LABELS[status]}
      </Badge>
      {late && (
        <Badge variant="light" color="red" ml={6}>
          Late
        </Badge>
      )}
    </>
  );
}

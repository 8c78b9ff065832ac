import { Badge } from '@mantine/core';
import type { AccountSummary } from '../../../../shared/contract';

export function AccountStatus({ account }: { account: AccountSummary }) {
  if (account.disabled)
    return (
      <Badge color="gray" variant="light">
        Disabled
      </Badge>
    );
  if (account.mustChangePassphrase)
    return (
      <Badge color="yellow" variant="light">
        Temporary passphrase
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      Active
    </Badge>
  );
}

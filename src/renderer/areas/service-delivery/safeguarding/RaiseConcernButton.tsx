import { Button } from '@mantine/core';
import { IconShieldPlus } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import { RouterLink } from '../../../app/RouterLink';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { raiseConcernPath } from './safeguarding-paths';

/** On a mentee's or mentor's page: raise a concern about them (every case role may). */
export function RaiseConcernButton(about: { menteeId?: string; mentorId?: string }) {
  const { session } = useSignedIn();
  if (!mayCall(contract.safeguarding.raise, session.roles)) return null;
  return (
    <Button
      variant="subtle"
      color="red"
      component={RouterLink}
      to={raiseConcernPath(about)}
      leftSection={<IconShieldPlus size={16} aria-hidden />}
    >
      Raise a safeguarding concern
    </Button>
  );
}

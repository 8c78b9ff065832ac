import { Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { financialYearOf, financialYearRange } from '../../../../shared/expenses/expenses';
import { ukToday } from '../../../../shared/mentors/dates';
import { useChannelQuery } from '../../../api/channels';

/** Standard 24 in one line: this financial year's concerns, and how many have a recorded action. */
export function ConcernStanding() {
  const year = financialYearOf(ukToday(new Date()));
  const n = useChannelQuery(contract.safeguarding.indicator, financialYearRange(year));
  if (!n.data) return null;
  const { raised, withAction, withActionPercent, referred, notClosedNow } = n.data;
  return (
    <Text size="sm" c="dimmed">
      Since 1 April {year}: {raised} raised, {withAction} with an action or referral recorded
      {withActionPercent === null ? '' : ` (${withActionPercent}%)`}, {referred} referred. Not closed now:{' '}
      {notClosedNow}.
    </Text>
  );
}

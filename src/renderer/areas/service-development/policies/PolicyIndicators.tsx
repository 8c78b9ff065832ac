import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { POLICY_KIND_LABELS } from '../../../../shared/policies/policies';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';

/** Standards 1, 24 and 25 at a glance: counts only. */
export function PolicyIndicators() {
  const counts = useChannelQuery(contract.policies.indicators, {});
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="policy-indicators-heading">
      <Title order={2} fz="h5" id="policy-indicators-heading" mb="xs">
        In place and in date today
      </Title>
      <FormAlert title="The counts could not be loaded">
        {counts.error ? errorMessage(counts.error) : null}
      </FormAlert>
      {counts.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              Recommended policies in force, with a document, not past review
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {counts.data.policies.numerator} of {counts.data.policies.denominator}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              Still to put in place
            </Text>
            <Text component="dd" m={0} size="sm">
              {counts.data.missingKinds.length
                ? counts.data.missingKinds.map((k) => POLICY_KIND_LABELS[k]).join('; ')
                : 'None: all six are in place'}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              Insurance in date
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {counts.data.insurance.numerator} of {counts.data.insurance.denominator}
            </Text>
          </div>
        </SimpleGrid>
      )}
    </Card>
  );
}

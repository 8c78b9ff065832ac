import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Match } from '../../../../shared/contract/matches';
import { ActivateModal } from './overview/WorkflowModals';

/**
 * "What is still needed before active", in the words the core refuses with, and the Activate
 * button once nothing is. Shown only while the match is waiting (proposed to mentee agreed).
 */
export function MatchGatePanel({ match, mayWrite }: { match: Match; mayWrite: boolean }) {
  const [activating, setActivating] = useState(false);
  const ready = match.unmet.length === 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-gate-title">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap="xs">
          <Title order={2} fz="h4" id="match-gate-title">
            What is still needed before the match is active
          </Title>
          {ready ? (
            <Group gap={6}>
              <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
              <Text size="sm">Nothing: both agreed, and everything is signed and recorded.</Text>
            </Group>
          ) : (
            <List size="sm" spacing={4}>
              {match.unmet.map((u) => (
                <List.Item key={u.condition}>{u.message}</List.Item>
              ))}
            </List>
          )}
        </Stack>
        {mayWrite && (
          <Stack gap={4} align="flex-end">
            <Button onClick={() => setActivating(true)} disabled={!ready}>
              Make the match active
            </Button>
            {!ready && (
              <Text size="xs" c="dimmed">
                Available once everything above is done
              </Text>
            )}
          </Stack>
        )}
      </Group>
      {activating && <ActivateModal match={match} opened onClose={() => setActivating(false)} />}
    </Card>
  );
}

import { Group, List, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconPoint, IconX } from '@tabler/icons-react';
import type { PassphraseContext } from '../../../shared/passphrase';
import { passphraseRules, STRENGTH_LABELS, type RuleState } from './rules';

const ICONS: Record<RuleState, { icon: typeof IconCheck; color: string; label: string }> = {
  met: { icon: IconCheck, color: 'teal', label: 'Done:' },
  unmet: { icon: IconX, color: 'red', label: 'Not yet:' },
  pending: { icon: IconPoint, color: 'gray', label: '' },
};
const METER_COLORS = ['red', 'red', 'orange', 'teal', 'green'];

interface Props {
  value: string;
  context: PassphraseContext;
}

/** The strength meter and the passphrase rules, each marked as met or not as the person types. */
export function PassphraseRules({ value, context }: Props) {
  const { rules, score } = passphraseRules(value, context);
  return (
    <Stack gap={6} mt={6}>
      <Group gap="xs" wrap="nowrap">
        <Progress
          aria-hidden
          value={value ? (score + 1) * 20 : 0}
          color={METER_COLORS[score]}
          size="sm"
          style={{ flex: 1 }}
        />
        <Text size="xs" c="dimmed" w={110} ta="right">
          Strength: {value ? STRENGTH_LABELS[score] : 'not set'}
        </Text>
      </Group>
      <Text size="xs" fw={600}>
        Passphrase rules:
      </Text>
      <List size="xs" spacing={4} lh={1.4}>
        {rules.map((rule) => {
          const look = ICONS[rule.state];
          const Icon = look.icon;
          return (
            <List.Item
              key={rule.id}
              icon={
                <ThemeIcon color={look.color} size={16} radius="xl" variant="light" aria-hidden>
                  <Icon size={12} />
                </ThemeIcon>
              }
            >
              {look.label && <span className="visually-hidden">{look.label} </span>}
              {rule.text}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

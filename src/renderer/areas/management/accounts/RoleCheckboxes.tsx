import { Checkbox, SimpleGrid } from '@mantine/core';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES, type Role } from '../../../../shared/roles';

interface Props {
  value?: Role[];
  onChange(value: Role[]): void;
  error?: React.ReactNode;
}

/** One checkbox per role, each with what the role lets a person do. */
export function RoleCheckboxes({ value, onChange, error }: Props) {
  return (
    <Checkbox.Group
      label="Roles"
      description="An account may hold several roles."
      withAsterisk
      value={value ?? []}
      onChange={(next) => onChange(next as Role[])}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" mt="xs">
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={ROLE_LABELS[role]}
            description={ROLE_SUMMARIES[role].join('. ') + '.'}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

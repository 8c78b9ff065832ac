import { Accordion, List, Title } from '@mantine/core';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES } from '../../../../shared/roles';

/** What each role lets a person do, for choosing roles well. */
export function RoleGuide() {
  return (
    <section aria-labelledby="role-guide-heading">
      <Title order={2} fz="h4" id="role-guide-heading" mb="xs">
        What each role can do
      </Title>
      <Accordion variant="separated" multiple>
        {ROLES.map((role) => (
          <Accordion.Item key={role} value={role}>
            <Accordion.Control>{ROLE_LABELS[role]}</Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={4}>
                {ROLE_SUMMARIES[role].map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </section>
  );
}

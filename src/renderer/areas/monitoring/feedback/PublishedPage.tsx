import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { contract } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { ACTIONS_PATH } from './feedback-paths';

/** The published "you said, we did" list: plain text, ready to print for a newsletter or noticeboard. */
export function PublishedPage() {
  const list = useChannelQuery(contract.feedback.published, {});
  return (
    <Page
      title="You said, we did: published"
      description="Done and published changes, newest first, as they appear in the newsletter or on the noticeboard."
      actions={
        <Group gap="sm">
          <Anchor component={RouterLink} to={ACTIONS_PATH} size="sm">
            All actions
          </Anchor>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
          >
            Print
          </Button>
        </Group>
      }
    >
      <FormAlert title="The list could not be loaded">
        {list.error ? errorMessage(list.error) : null}
      </FormAlert>
      {!list.data && !list.error && <Loader aria-label="Loading the list" />}
      {list.data?.length === 0 && <Text c="dimmed">Nothing has been published yet.</Text>}
      <Stack gap="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data?.map((a) => (
          <li key={a.id}>
            <Title order={2} fz="h5">
              You said: {a.youSaid}
            </Title>
            <Text>We did: {a.weDid}</Text>
            <Text size="sm" c="dimmed">
              {formatUkDate(a.doneOn)}
            </Text>
          </li>
        ))}
      </Stack>
    </Page>
  );
}

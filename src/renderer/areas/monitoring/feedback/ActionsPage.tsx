import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { FeedbackAction } from '../../../../shared/contract/feedback';
import {
  ACTION_STATUS_LABELS,
  FEEDBACK_FROM_LABELS,
  type ActionStatus,
} from '../../../../shared/feedback/feedback';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ActionModal } from './ActionModal';
import { STATUS_COLOURS } from './feedback-format';
import { ACTIONS_PATH, FEEDBACK_LIST_PATH, PUBLISHED_PATH } from './feedback-paths';

const c = contract.feedback;
type Filter = ActionStatus | 'all';

function ActionCard({ action, onEdit }: { action: FeedbackAction; onEdit?(a: FeedbackAction): void }) {
  const today = ukToday(new Date());
  const late = action.status !== 'done' && !!action.targetOn && action.targetOn < today;
  return (
    <Card withBorder padding="md" component="article" aria-label={`You said: ${action.youSaid}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        {/* The badges wrap in a narrow card, never the button (it was cut off at 1024 px). */}
        <Group gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Badge color={STATUS_COLOURS[action.status]} variant="light">
            {ACTION_STATUS_LABELS[action.status]}
          </Badge>
          {action.published && (
            <Badge color="grape" variant="outline">
              Published
            </Badge>
          )}
          {late && (
            <Badge color="red" variant="light">
              Past its target date
            </Badge>
          )}
        </Group>
        {onEdit && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            aria-label={`Update the action: ${action.youSaid}`}
            style={{ flexShrink: 0 }}
            onClick={() => onEdit(action)}
          >
            Update
          </Button>
        )}
      </Group>
      <Text size="sm" fw={600}>
        You said
      </Text>
      <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-line' }}>
        {action.youSaid}
      </Text>
      <Text size="sm" fw={600}>
        {action.status === 'done' ? 'We did' : 'We will'}
      </Text>
      <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-line' }}>
        {action.weDid}
      </Text>
      <Text size="sm" c="dimmed">
        {[
          action.owner && `Owner: ${action.owner}`,
          action.doneOn
            ? `Done ${formatUkDate(action.doneOn)}`
            : action.targetOn && `Target ${formatUkDate(action.targetOn)}`,
          action.feedback.length === 1
            ? 'Answers 1 piece of feedback'
            : `Answers ${action.feedback.length} pieces of feedback`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {action.feedback.length > 0 && (
        <Stack gap={0} mt={4} component="ul" style={{ paddingLeft: 18, margin: 0 }}>
          {action.feedback.slice(0, 3).map((f) => (
            <Text key={f.id} component="li" size="xs" c="dimmed">
              {formatUkDate(f.receivedOn)}, {FEEDBACK_FROM_LABELS[f.fromKind].toLowerCase()}: {f.gist}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/**
 * "You said, we did": each action with what people said, what is being done, its owner, dates and
 * the feedback it answers. `/feedback/actions/:id` (the work queue's link) opens one action.
 */
export function ActionsPage() {
  const { session } = useSignedIn();
  const { id } = useParams();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<FeedbackAction | null>(null);
  const list = useChannelQuery(c.actions, { ...(filter === 'all' ? {} : { status: filter }), pageSize: 200 });
  const linked = useChannelQuery(c.actions, { id: id ?? '' }, { enabled: !!id });
  const mayWrite = mayCall(c.saveAction, session.roles);
  const opened = editing ?? (id ? linked.data?.items[0] : undefined);
  const closeEditor = () => {
    setEditing(null);
    if (id) void navigate(ACTIONS_PATH);
  };
  return (
    <Page
      title="You said, we did"
      description="Changes made because of feedback: what people said, what we are doing about it, and what is done."
      actions={
        <>
          <Button
            variant="default"
            component={RouterLink}
            to={PUBLISHED_PATH}
            leftSection={<IconPrinter size={16} aria-hidden />}
          >
            Published list
          </Button>
          {mayWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              Add an action
            </Button>
          )}
        </>
      }
    >
      <Stack gap="md">
        <SegmentedControl
          aria-label="Which actions to show"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'planned', label: 'Planned' },
            { value: 'in_progress', label: 'In progress' },
            { value: 'done', label: 'Done' },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <FormAlert title="The actions could not be loaded">
          {list.error ? errorMessage(list.error) : linked.error ? errorMessage(linked.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the actions" />}
        {list.data?.items.length === 0 && (
          <Text c="dimmed">
            No actions here yet. Add one from feedback that asks for a change; see{' '}
            <Anchor component={RouterLink} to={FEEDBACK_LIST_PATH}>
              Feedback
            </Anchor>
            .
          </Text>
        )}
        {!!list.data?.items.length && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {list.data.items.map((a) => (
              <ActionCard key={a.id} action={a} onEdit={mayWrite ? setEditing : undefined} />
            ))}
          </SimpleGrid>
        )}
        {!!list.data && list.data.total > list.data.items.length && (
          <Text size="sm" c="dimmed">
            Showing the first {list.data.items.length} of {list.data.total}.
          </Text>
        )}
      </Stack>
      {adding && <ActionModal onClose={() => setAdding(false)} />}
      {opened && mayWrite && <ActionModal key={opened.id} action={opened} onClose={closeEditor} />}
      {opened && !mayWrite && (
        <Card withBorder mt="md">
          <Title order={2} fz="h5" mb="xs">
            The action you followed
          </Title>
          <ActionCard action={opened} />
        </Card>
      )}
    </Page>
  );
}

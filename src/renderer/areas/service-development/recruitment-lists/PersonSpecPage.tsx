import { ActionIcon, Badge, Button, Card, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { InterviewQuestion, PersonSpecCriterion } from '../../../../shared/contract/screening';
import type { PersonSpecKind } from '../../../../shared/mentors/screening';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { useModalState } from '../mentors/screening/useModalState';
import { CriterionModal, QuestionModal } from './ListItemModal';

type Item = { id: string; text: string; archived: boolean };
type Open =
  | { kind: 'criterion'; criterionKind: PersonSpecKind; item: PersonSpecCriterion | null }
  | { kind: 'question'; item: InterviewQuestion | null };

const KIND_TITLES: Record<PersonSpecKind, string> = {
  quality: 'Qualities we look for',
  screen_out: 'Reasons to screen out',
};

/**
 * The person specification (standard 8) and the standard interview questions: written once,
 * shown beside every interview and decision. Co-ordinators add, reword, reorder and archive.
 */
export function PersonSpecPage() {
  const { session } = useSignedIn();
  const [includeArchived, setIncludeArchived] = useState(false);
  const spec = useChannelQuery(contract.screening.personSpec, { includeArchived });
  const questions = useChannelQuery(contract.screening.interviewQuestions, { includeArchived });
  const moveCriterion = useChannelMutation(contract.screening.savePersonSpecCriterion);
  const moveQuestion = useChannelMutation(contract.screening.saveInterviewQuestion);
  const modal = useModalState<Open>();
  const mayEdit = mayCall(contract.screening.savePersonSpecCriterion, session.roles);
  const error = spec.error ?? questions.error ?? moveCriterion.error ?? moveQuestion.error;

  return (
    <Page
      title="Person specification"
      description="What the programme looks for in a mentor, what screens someone out, and the questions every applicant is asked. Interview and decision forms show these alongside."
      actions={
        <Switch
          label="Show archived"
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        />
      }
    >
      <FormAlert title="The lists could not be loaded or changed">
        {error ? errorMessage(error) : null}
      </FormAlert>
      {(['quality', 'screen_out'] as const).map((k) => (
        <OrderedList
          key={k}
          title={KIND_TITLES[k]}
          items={spec.data?.filter((c) => c.kind === k)}
          addLabel={k === 'quality' ? 'Add a quality' : 'Add a reason to screen out'}
          mayEdit={mayEdit}
          busy={moveCriterion.isPending}
          onAdd={() => modal.show({ kind: 'criterion', criterionKind: k, item: null })}
          onEdit={(item) =>
            modal.show({ kind: 'criterion', criterionKind: k, item: item as PersonSpecCriterion })
          }
          onMove={(item, move) =>
            moveCriterion.mutate({ id: item.id, kind: k, text: item.text, archived: item.archived, move })
          }
        />
      ))}
      <OrderedList
        title="Standard interview questions"
        items={questions.data}
        addLabel="Add a question"
        mayEdit={mayEdit}
        busy={moveQuestion.isPending}
        onAdd={() => modal.show({ kind: 'question', item: null })}
        onEdit={(item) => modal.show({ kind: 'question', item: item as InterviewQuestion })}
        onMove={(item, move) =>
          moveQuestion.mutate({ id: item.id, text: item.text, archived: item.archived, move })
        }
      />
      {modal.open?.kind === 'criterion' && (
        <CriterionModal
          kind={modal.open.criterionKind}
          item={modal.open.item}
          title={modal.open.item ? 'Change a criterion' : KIND_TITLES[modal.open.criterionKind]}
          label={modal.open.criterionKind === 'quality' ? 'Quality' : 'Reason to screen out'}
          onClose={modal.close}
        />
      )}
      {modal.open?.kind === 'question' && (
        <QuestionModal
          item={modal.open.item}
          title={modal.open.item ? 'Change a question' : 'Add a question'}
          label="Question"
          onClose={modal.close}
        />
      )}
    </Page>
  );
}

function OrderedList({
  title,
  items,
  addLabel,
  mayEdit,
  busy,
  onAdd,
  onEdit,
  onMove,
}: {
  title: string;
  items: Item[] | undefined;
  addLabel: string;
  mayEdit: boolean;
  busy: boolean;
  onAdd(): void;
  onEdit(item: Item): void;
  onMove(item: Item, move: 'up' | 'down'): void;
}) {
  const id = `list-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const active = (items ?? []).filter((i) => !i.archived);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {mayEdit && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {!items ? (
        <Loader size="sm" aria-label={`Loading ${title.toLowerCase()}`} />
      ) : items.length === 0 ? (
        <Text c="dimmed">Nothing on this list yet.</Text>
      ) : (
        <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item, n) => {
            const place = active.indexOf(item);
            return (
              <Group
                component="li"
                key={item.id}
                justify="space-between"
                wrap="nowrap"
                py="xs"
                style={{ borderTop: n ? '1px solid var(--mantine-color-default-border)' : undefined }}
              >
                <Group gap="xs" wrap="nowrap">
                  <Text c="dimmed" w={24} ta="right" aria-hidden>
                    {place === -1 ? '–' : place + 1}.
                  </Text>
                  <Text c={item.archived ? 'dimmed' : undefined}>{item.text}</Text>
                  {item.archived && (
                    <Badge color="gray" variant="outline">
                      Archived
                    </Badge>
                  )}
                </Group>
                {mayEdit && (
                  <Group gap={4} wrap="nowrap">
                    {!item.archived && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move up: ${item.text}`}
                          disabled={busy || place === 0}
                          onClick={() => onMove(item, 'up')}
                        >
                          <IconArrowUp size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move down: ${item.text}`}
                          disabled={busy || place === active.length - 1}
                          onClick={() => onMove(item, 'down')}
                        >
                          <IconArrowDown size={16} aria-hidden />
                        </ActionIcon>
                      </>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onEdit(item)}
                      aria-label={`Change: ${item.text}`}
                    >
                      Change
                    </Button>
                  </Group>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

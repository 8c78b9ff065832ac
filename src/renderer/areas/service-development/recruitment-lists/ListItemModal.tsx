import { Button, Checkbox, Stack, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { InterviewQuestion, PersonSpecCriterion } from '../../../../shared/contract/screening';
import type { PersonSpecKind } from '../../../../shared/mentors/screening';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';

interface Common {
  title: string;
  label: string;
  onClose(): void;
}

/** Add or change one criterion of the person specification. */
export function CriterionModal({
  kind,
  item,
  ...common
}: Common & { kind: PersonSpecKind; item: PersonSpecCriterion | null }) {
  const channel = contract.screening.savePersonSpecCriterion;
  const f = useChannelForm(channel, {
    initialValues: {
      ...(item ? { id: item.id } : {}),
      kind,
      text: item?.text ?? '',
      archived: item?.archived ?? false,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Person specification saved', 'The criterion is saved.');
      common.onClose();
    },
  });
  return <ListItemForm {...common} {...f} isNew={!item} />;
}

/** Add or change one standard interview question. */
export function QuestionModal({ item, ...common }: Common & { item: InterviewQuestion | null }) {
  const f = useChannelForm(contract.screening.saveInterviewQuestion, {
    initialValues: {
      ...(item ? { id: item.id } : {}),
      text: item?.text ?? '',
      archived: item?.archived ?? false,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Interview questions saved', 'The question is saved.');
      common.onClose();
    },
  });
  return <ListItemForm {...common} {...f} isNew={!item} />;
}

function ListItemForm({
  title,
  label,
  onClose,
  form,
  onSubmit,
  formError,
  submitting,
  dirty,
  isNew,
}: Common &
  Pick<ReturnType<typeof useChannelForm>, 'onSubmit' | 'formError' | 'submitting' | 'dirty'> & {
    // Both lists' forms hold { text, archived }: only those fields are shown here.
    form: { getInputProps(path: 'text' | 'archived', options?: { type: 'checkbox' }): object };
    isNew: boolean;
  }) {
  return (
    <FormModal opened title={title} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Textarea
            label={label}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('text')}
          />
          {!isNew && (
            <Checkbox
              label="Archived (no longer used; kept on past records)"
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

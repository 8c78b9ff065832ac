import { Button, Checkbox, Grid, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { FeedbackAction } from '../../../../shared/contract/feedback';
import { FEEDBACK_FROM_LABELS, type ActionStatus } from '../../../../shared/feedback/feedback';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { STATUS_OPTIONS } from './feedback-format';

const c = contract.feedback;

/** How a piece of feedback reads in the list of links: date, who, and a few words of it. */
const feedbackLabel = (f: {
  receivedOn: string;
  fromKind: keyof typeof FEEDBACK_FROM_LABELS;
  gist: string;
}) =>
  `${formatUkDate(f.receivedOn)}, ${FEEDBACK_FROM_LABELS[f.fromKind].toLowerCase()}: ${f.gist || 'no comment'}`;

/** The feedback to link: the newest 200, plus any already linked that are older. */
function useFeedbackOptions(action?: FeedbackAction) {
  const recent = useChannelQuery(c.list, { pageSize: 200 });
  const options = (recent.data?.items ?? []).map((f) => ({
    value: f.id,
    label: feedbackLabel({
      ...f,
      gist: (f.couldBeBetter || f.wentWell || f.comments).slice(0, 80),
    }),
  }));
  for (const f of action?.feedback ?? [])
    if (!options.some((o) => o.value === f.id)) options.push({ value: f.id, label: feedbackLabel(f) });
  return options;
}

/** Add a "you said, we did" action or move one on: done needs a date; published needs done. */
export function ActionModal({
  action,
  feedbackIds = [],
  onClose,
}: {
  action?: FeedbackAction;
  /** Feedback to link a new action to from the start. */
  feedbackIds?: string[];
  onClose(): void;
}) {
  const options = useFeedbackOptions(action);
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.saveAction, {
    initialValues: action
      ? {
          id: action.id,
          youSaid: action.youSaid,
          weDid: action.weDid,
          owner: action.owner,
          targetOn: action.targetOn,
          status: action.status,
          doneOn: action.doneOn,
          published: action.published,
          feedbackIds: action.feedback.map((f) => f.id),
        }
      : {
          youSaid: '',
          weDid: '',
          owner: '',
          targetOn: null,
          status: 'planned',
          doneOn: null,
          published: false,
          feedbackIds,
        },
    guard: false,
    onSaved: (out) => {
      notifySaved(
        'Action saved',
        out.published ? 'It is on the published “you said, we did” list.' : 'It is on the actions list.',
      );
      onClose();
    },
  });
  const values = form.getValues();
  const done = values.status === 'done';
  return (
    <FormModal
      opened
      title={action ? 'Update the action' : 'Add a “you said, we did” action'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Grid gap="sm">
            <Grid.Col span={12}>
              <Textarea
                label="You said"
                description="What people told us, in a sentence or two, naming nobody"
                required
                autosize
                minRows={2}
                data-autofocus
                {...form.getInputProps('youSaid')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="We did"
                description="What we will do, or did, about it"
                required
                autosize
                minRows={2}
                {...form.getInputProps('weDid')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Who is doing it" {...form.getInputProps('owner')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <IsoDateField
                label="Target date"
                value={values.targetOn}
                onChange={(v) => form.setFieldValue('targetOn', v)}
                error={form.getInputProps('targetOn').error}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Status"
                required
                allowDeselect={false}
                data={STATUS_OPTIONS}
                {...form.getInputProps('status')}
                onChange={(v) => {
                  const status = (v ?? 'planned') as ActionStatus;
                  form.setFieldValue('status', status);
                  if (status === 'done' && !form.getValues().doneOn)
                    form.setFieldValue('doneOn', ukToday(new Date()));
                  if (status !== 'done') {
                    form.setFieldValue('doneOn', null);
                    form.setFieldValue('published', false);
                  }
                }}
              />
            </Grid.Col>
            {done && (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <IsoDateField
                  label="Done on"
                  required
                  value={values.doneOn}
                  onChange={(v) => form.setFieldValue('doneOn', v)}
                  error={form.getInputProps('doneOn').error}
                />
              </Grid.Col>
            )}
            <Grid.Col span={12}>
              <MultiSelect
                label="Feedback it answers"
                searchable
                data={options}
                placeholder={values.feedbackIds?.length ? undefined : 'Choose feedback'}
                nothingFoundMessage="No feedback like that"
                {...form.getInputProps('feedbackIds')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Checkbox
                label="Published in the newsletter or on the noticeboard"
                description={done ? undefined : 'An action can be published once it is done.'}
                disabled={!done}
                {...form.getInputProps('published', { type: 'checkbox' })}
              />
            </Grid.Col>
          </Grid>
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save the action
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

import { Button, Grid, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Involvement } from '../../../../shared/contract/feedback';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { INVOLVEMENT_OPTIONS } from './feedback-format';
import { LinkPicker } from './LinkPicker';

const c = contract.feedback;

/** Record how a former mentee is involved; one who became a mentor is linked to their mentor record. */
export function InvolvementModal({ involvement, onClose }: { involvement?: Involvement; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.saveInvolvement, {
    initialValues: involvement
      ? {
          id: involvement.id,
          menteeId: involvement.menteeId,
          kind: involvement.kind,
          mentorId: involvement.mentorId,
          role: involvement.role,
          fromOn: involvement.fromOn,
          toOn: involvement.toOn,
          notes: involvement.notes,
        }
      : {
          menteeId: '',
          kind: 'steering_group',
          mentorId: null,
          role: '',
          fromOn: ukToday(new Date()),
          toOn: null,
          notes: '',
        },
    guard: false,
    onSaved: () => {
      notifySaved('Involvement saved', 'It counts towards this year’s service-user involvement.');
      onClose();
    },
  });
  const values = form.getValues();
  const err = (field: string) => form.getInputProps(field).error as React.ReactNode;
  return (
    <FormModal
      opened
      title={involvement ? 'Change an involvement' : 'Record service-user involvement'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <LinkPicker
                kind="mentee"
                label="Former mentee"
                required
                value={values.menteeId || null}
                currentLabel={involvement && `${involvement.menteeName} (${involvement.menteeReference})`}
                onChange={(v) => form.setFieldValue('menteeId', v ?? '')}
                error={err('menteeId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="How they are involved"
                required
                allowDeselect={false}
                data={INVOLVEMENT_OPTIONS}
                {...form.getInputProps('kind')}
              />
            </Grid.Col>
            {values.kind === 'became_mentor' && (
              <Grid.Col span={12}>
                <LinkPicker
                  kind="mentor"
                  label="Their mentor record"
                  required
                  value={values.mentorId ?? null}
                  currentLabel={involvement?.mentorName}
                  onChange={(v) => form.setFieldValue('mentorId', v)}
                  error={err('mentorId')}
                />
              </Grid.Col>
            )}
            <Grid.Col span={12}>
              <TextInput
                label="Role"
                description="For example, interview panel member"
                {...form.getInputProps('role')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <IsoDateField
                label="From"
                required
                value={values.fromOn}
                onChange={(v) => form.setFieldValue('fromOn', v ?? '')}
                error={err('fromOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <IsoDateField
                label="To"
                description="Leave empty while it goes on"
                value={values.toOn}
                onChange={(v) => form.setFieldValue('toOn', v)}
                error={err('toOn')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            </Grid.Col>
          </Grid>
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

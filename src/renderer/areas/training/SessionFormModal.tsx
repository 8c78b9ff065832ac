import {
  Alert,
  Button,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { contract } from '../../../shared/contract';
import type { SessionFields, TrainingSessionRow } from '../../../shared/contract/training';
import { sessionWarnings } from '../../../shared/mentors/training';
import { useChannelQuery } from '../../api/channels';
import { navigate } from '../../app/router';
import { FormAlert } from '../../components/FormAlert';
import { closeIfClean, FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/forms/useChannelForm';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';
import { IsoDateField } from './IsoDateField';
import { sessionDate } from './training-format';
import { sessionPath } from './training-paths';

const t = contract.training;

const fieldsOf = (s: TrainingSessionRow): SessionFields => ({
  id: s.id,
  courseId: s.courseId,
  heldOn: s.heldOn,
  startTime: s.startTime,
  hours: s.hours,
  venue: s.venue,
  trainers: s.trainers,
  capacity: s.capacity,
  announcedOn: s.announcedOn,
  notes: s.notes,
  cancelled: s.cancelled,
});

const EMPTY: SessionFields = {
  courseId: '',
  heldOn: '',
  startTime: '09:30',
  hours: 6,
  venue: '',
  trainers: '',
  capacity: 14,
  announcedOn: new Date().toISOString().slice(0, 10),
  notes: '',
  cancelled: false,
};

/**
 * Add a session (`session` null) or change one. The notice and group-size warnings show as the
 * fields change, from the same rule the core answers with; they never stop the save.
 */
export function SessionFormModal({
  session,
  onClose,
}: {
  session: TrainingSessionRow | null;
  onClose(): void;
}) {
  const courses = useChannelQuery(t.courses, {});
  const settings = useChannelQuery(contract.settings.get, {});
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(t.saveSession, {
    initialValues: (session ? fieldsOf(session) : EMPTY) as never,
    guard: false,
    onSaved: async (out) => {
      notifySaved(
        session ? 'Session saved' : 'Session added',
        `${out.session.courseTitle} on ${sessionDate(out.session.heldOn)} is saved.`,
      );
      onClose();
      if (!session) await navigate(sessionPath(out.session.id));
    },
  });
  const values = form.getValues();
  const noticeWeeks = settings.data?.thresholds.trainingNoticeWeeks ?? 6;
  const warnings = sessionWarnings(
    { heldOn: values.heldOn, announcedOn: values.announcedOn, capacity: Number(values.capacity) },
    noticeWeeks,
  );
  return (
    <FormModal
      opened
      title={session ? 'Change the session' : 'New training session'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="Course"
            required
            placeholder="Choose the course"
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
            data-autofocus
            {...form.getInputProps('courseId')}
            error={form.errors.courseId ? 'Choose the course this session belongs to.' : undefined}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IsoDateField
              label="Date"
              required
              value={values.heldOn}
              onChange={(v) => form.setFieldValue('heldOn', v ?? '')}
              error={form.errors.heldOn}
            />
            <TextInput label="Start time" type="time" required {...form.getInputProps('startTime')} />
            <NumberInput
              label="Length (hours)"
              required
              min={0.5}
              max={12}
              step={0.5}
              decimalScale={2}
              {...form.getInputProps('hours')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Venue" required {...form.getInputProps('venue')} />
            <TextInput
              label="Trainers"
              description="Names, separated by commas"
              {...form.getInputProps('trainers')}
            />
            <NumberInput
              label="Places"
              description="12 to 16 suits participative training"
              required
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
            <IsoDateField
              label="Announced on"
              description={`Aim for at least ${noticeWeeks} weeks before the date`}
              value={values.announcedOn}
              onChange={(v) => form.setFieldValue('announcedOn', v)}
              error={form.errors.announcedOn}
            />
          </SimpleGrid>
          {warnings.length > 0 && (
            <Alert
              color="yellow"
              variant="light"
              title="Check before saving"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              role="status"
            >
              <Stack gap={4}>
                {warnings.map((w) => (
                  <span key={w}>{w}</span>
                ))}
              </Stack>
            </Alert>
          )}
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          {session && (
            <Switch
              label="This session is cancelled"
              {...form.getInputProps('cancelled', { type: 'checkbox' })}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {session ? 'Save session' : 'Add session'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

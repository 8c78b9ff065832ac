import { Select, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Incident } from '../../../../shared/contract/incidents';
import { INCIDENT_KIND_LABELS } from '../../../../shared/matching/relationship';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { IncidentFields } from './IncidentFields';

const c = contract.incidents;

/** Record an incident in a match. A long form: its draft is kept while it is typed. */
export function RecordIncidentModal({ matchId, onClose }: { matchId: string; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.record, {
    initialValues: {
      matchId,
      kind: 'pushing_boundaries',
      occurredOn: ukToday(new Date()),
      severity: 'low',
      description: '',
      actions: '',
      followUp: '',
      followUpDue: null,
    },
    guard: false,
    onSaved: (out) => {
      notifySaved(
        'Incident recorded',
        out.severity === 'high'
          ? 'A follow-up has been added to the caseworker’s work queue.'
          : 'It is listed with the match’s incidents until it is closed.',
      );
      onClose();
    },
  });
  return (
    <FormModal opened title="Record an incident" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IncidentFields form={form as never} />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Save the incident"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

/** An incident about a mentor alone (co-ordinators): missing supervision, over-involvement… */
export function RecordMentorIncidentModal({ onClose }: { onClose(): void }) {
  const mentors = useChannelQuery(contract.mentors.list, {
    stages: ['ready', 'matched', 'on_hold'],
    pageSize: 200,
  });
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.recordForMentor, {
    initialValues: {
      mentorId: '',
      kind: 'mentor_missing_supervision',
      occurredOn: ukToday(new Date()),
      severity: 'low',
      description: '',
      actions: '',
      followUp: '',
      followUpDue: null,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Incident recorded', 'It is listed on the Incidents screen until it is closed.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Record an incident about a mentor" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Select
            label="Mentor"
            required
            searchable
            placeholder={mentors.data ? 'Type to find a mentor' : 'Loading mentors…'}
            nothingFoundMessage="No mentor with that name is ready, matched or on hold"
            data={(mentors.data?.items ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
            {...form.getInputProps('mentorId')}
            onChange={(v) => form.setFieldValue('mentorId', v ?? '')}
          />
          <IncidentFields form={form as never} autoFocus={false} inMatch={false} />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Save the incident"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

export function EditIncidentModal({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const inMatch = incident.matchId !== null;
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.update, {
    initialValues: {
      id: incident.id,
      kind: incident.kind,
      occurredOn: incident.occurredOn,
      severity: incident.severity,
      description: incident.description,
      actions: incident.actions,
      followUp: incident.followUp,
      followUpDue: incident.followUpDue,
    },
    guard: false,
    onSaved: () => {
      notifySaved('Incident updated', 'The incident is up to date.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Update an incident" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <IncidentFields form={form as never} inMatch={inMatch} />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save" />
        </Stack>
      </form>
    </FormModal>
  );
}

/** Closing needs the date and how it was resolved; a closed incident is then read-only. */
export function CloseIncidentModal({ incident, onClose }: { incident: Incident; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.close, {
    initialValues: { id: incident.id, closedOn: ukToday(new Date()), closureNote: '' },
    guard: false,
    onSaved: () => {
      notifySaved('Incident closed', 'It stays on the record as it was closed.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Close an incident" dirty={dirty} onClose={onClose} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">
            {INCIDENT_KIND_LABELS[incident.kind]}, {formatUkDate(incident.occurredOn)}.
          </Text>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Closed on"
            required
            value={form.getValues().closedOn}
            onChange={(v) => form.setFieldValue('closedOn', v ?? '')}
            error={form.getInputProps('closedOn').error}
          />
          <Textarea
            label="How it was resolved"
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('closureNote')}
          />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Close the incident"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

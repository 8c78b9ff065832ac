import { Divider, Stack } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Complaint } from '../../../../shared/contract/complaints';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal, FormModalFooter } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { ComplaintArrivalFields, ComplaintProgressFields } from './ComplaintFields';
import { LinkedPeopleFields } from './LinkedPeopleFields';

const c = contract.complaints;

/** A complaint as it arrives; its timescales start from the day received. */
export function RecordComplaintModal({ onClose, onSaved }: { onClose(): void; onSaved(c: Complaint): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.record, {
    initialValues: {
      complainantKind: 'mentee',
      complainantName: '',
      complainantContact: '',
      aboutKind: 'service',
      aboutDetail: '',
      mentorId: null,
      menteeId: null,
      matchId: null,
      receivedOn: ukToday(new Date()),
      receivedBy: 'letter',
      summary: '',
    },
    guard: false,
    onSaved: (out) => {
      notifySaved(`Complaint ${out.reference} recorded`, 'Its acknowledgement is on the work queue.');
      onSaved(out);
    },
  });
  return (
    <FormModal opened title="Record a complaint" dirty={dirty} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <ComplaintArrivalFields form={form as never} />
          <LinkedPeopleFields form={form as never} />
          <FormModalFooter
            dirty={dirty}
            onClose={onClose}
            submitting={submitting}
            label="Save the complaint"
          />
        </Stack>
      </form>
    </FormModal>
  );
}

/** Correct the complaint and record its progress, up to the response and what was learned. */
export function UpdateComplaintModal({ complaint: k, onClose }: { complaint: Complaint; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(c.update, {
    initialValues: {
      id: k.id,
      complainantKind: k.complainantKind,
      complainantName: k.complainantName,
      complainantContact: k.complainantContact,
      aboutKind: k.aboutKind,
      aboutDetail: k.aboutDetail,
      mentorId: k.mentorId,
      menteeId: k.menteeId,
      matchId: k.matchId,
      receivedOn: k.receivedOn,
      receivedBy: k.receivedBy,
      summary: k.summary,
      acknowledgedOn: k.acknowledgedOn,
      investigatedBy: k.investigatedBy,
      investigationNotes: k.investigationNotes,
      outcome: k.outcome,
      respondedOn: k.respondedOn,
      lessonsLearned: k.lessonsLearned,
    },
    guard: false,
    onSaved: (out) => {
      notifySaved(`Complaint ${out.reference} updated`, out.status === 'closed' ? 'It is now closed.' : '');
      onClose();
    },
  });
  return (
    <FormModal opened title={`Update complaint ${k.reference}`} dirty={dirty} onClose={onClose} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <ComplaintProgressFields form={form as never} />
          <Divider label="The complaint as received" labelPosition="left" />
          <ComplaintArrivalFields form={form as never} />
          <LinkedPeopleFields form={form as never} mentorName={k.mentorName} menteeName={k.menteeName} />
          <FormModalFooter dirty={dirty} onClose={onClose} submitting={submitting} label="Save" />
        </Stack>
      </form>
    </FormModal>
  );
}

import { Button, Checkbox, Grid, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import type { Feedback } from '../../../../shared/contract/feedback';
import { ukToday } from '../../../../shared/mentors/dates';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { IsoDateField } from '../../training/IsoDateField';
import { FROM_OPTIONS, METHOD_OPTIONS, RATING_OPTIONS, THEME_OPTIONS } from './feedback-format';
import { LinkPicker } from './LinkPicker';

const c = contract.feedback;

const blank = {
  receivedOn: ukToday(new Date()),
  fromKind: 'mentee',
  method: 'questionnaire',
  anonymous: false,
  rating: null,
  wentWell: '',
  couldBeBetter: '',
  comments: '',
  themes: [],
  menteeId: null,
  mentorId: null,
  matchId: null,
  partnerId: null,
} as const;

/** Add feedback, or correct it (`feedback` given). Anonymous feedback names nobody, so the links go. */
export function FeedbackModal({ feedback, onClose }: { feedback?: Feedback; onClose(): void }) {
  const fields = feedback
    ? {
        receivedOn: feedback.receivedOn,
        fromKind: feedback.fromKind,
        method: feedback.method,
        anonymous: feedback.anonymous,
        rating: feedback.rating,
        wentWell: feedback.wentWell,
        couldBeBetter: feedback.couldBeBetter,
        comments: feedback.comments,
        themes: feedback.themes,
        menteeId: feedback.menteeId,
        mentorId: feedback.mentorId,
        matchId: feedback.matchId,
        partnerId: feedback.partnerId,
      }
    : blank;
  // Two channels, one form: the update's input is the record's plus its id.
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(feedback ? c.update : c.record, {
    initialValues: (feedback ? { ...fields, id: feedback.id } : fields) as never,
    guard: false,
    onSaved: () => {
      notifySaved(feedback ? 'Feedback updated' : 'Feedback recorded', 'It is in the feedback list.');
      onClose();
    },
  });
  const values = form.getValues() as unknown as {
    receivedOn: string;
    rating: number | null;
    themes: string[];
    anonymous: boolean;
    menteeId: string | null;
    mentorId: string | null;
    partnerId: string | null;
  };
  const err = (field: string) => form.getInputProps(field).error as React.ReactNode;
  // "Enter what was said, or at least a rating" sits on the comments box but is about four fields:
  // typing in any of them takes it away.
  const said = (field: 'wentWell' | 'couldBeBetter' | 'comments') => ({
    ...form.getInputProps(field),
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => {
      form.setFieldValue(field, e.currentTarget.value);
      form.clearFieldError('comments');
    },
  });
  return (
    <FormModal opened title={feedback ? 'Correct feedback' : 'Add feedback'} dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <IsoDateField
                label="Received on"
                required
                value={values.receivedOn}
                onChange={(v) => form.setFieldValue('receivedOn', v ?? '')}
                error={err('receivedOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="From"
                required
                allowDeselect={false}
                data={FROM_OPTIONS}
                data-autofocus
                {...form.getInputProps('fromKind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="How it was gathered"
                required
                allowDeselect={false}
                data={METHOD_OPTIONS}
                {...form.getInputProps('method')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="Rating"
                allowDeselect={false}
                data={RATING_OPTIONS}
                value={values.rating === null ? '' : String(values.rating)}
                onChange={(v) => {
                  form.setFieldValue('rating', v ? Number(v) : null);
                  form.clearFieldError('comments');
                }}
                error={err('rating')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <MultiSelect
                label="Themes"
                data={THEME_OPTIONS}
                placeholder={values.themes.length ? undefined : 'Choose any that apply'}
                {...form.getInputProps('themes')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label="What went well" autosize minRows={2} {...said('wentWell')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label="What could be better" autosize minRows={2} {...said('couldBeBetter')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label="Other comments" autosize minRows={1} {...said('comments')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Checkbox
                label="Given anonymously"
                description="Anonymous feedback is not linked to anyone."
                {...form.getInputProps('anonymous', { type: 'checkbox' })}
                onChange={(e) => {
                  const anonymous = e.currentTarget.checked;
                  form.setFieldValue('anonymous', anonymous);
                  if (anonymous)
                    for (const f of ['menteeId', 'mentorId', 'matchId', 'partnerId'] as const)
                      form.setFieldValue(f, null);
                }}
              />
            </Grid.Col>
            {!values.anonymous && (
              <>
                <Grid.Col span={12} pb={0}>
                  <Text size="sm" fw={600}>
                    Who it is from or about
                  </Text>
                  <Text size="xs" c="dimmed">
                    Optional: find a mentee, mentor or partner agency by typing part of the name.
                  </Text>
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <LinkPicker
                    kind="mentee"
                    label="Mentee"
                    value={values.menteeId}
                    currentLabel={feedback?.menteeName}
                    onChange={(v) => form.setFieldValue('menteeId', v)}
                    error={err('menteeId')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <LinkPicker
                    kind="mentor"
                    label="Mentor"
                    value={values.mentorId}
                    currentLabel={feedback?.mentorName}
                    onChange={(v) => form.setFieldValue('mentorId', v)}
                    error={err('mentorId')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <LinkPicker
                    kind="partner"
                    label="Partner agency"
                    value={values.partnerId}
                    currentLabel={feedback?.partnerName}
                    onChange={(v) => form.setFieldValue('partnerId', v)}
                    error={err('partnerId')}
                  />
                </Grid.Col>
              </>
            )}
          </Grid>
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save the feedback
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

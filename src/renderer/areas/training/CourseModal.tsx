import { Button, SegmentedControl, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../shared/contract';
import type { CourseFields, TrainingCourse } from '../../../shared/contract/training';
import { COURSE_KINDS } from '../../../shared/mentors/training';
import { FormAlert } from '../../components/FormAlert';
import { closeIfClean, FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/forms/useChannelForm';
import { ModalFooter } from '../../components/ModalFooter';
import { notifySaved } from '../../components/notify';
import { courseKindLabel } from './training-format';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Add a course or change one; topics are typed one per line. */
export function CourseModal({ course, onClose }: { course: TrainingCourse | null; onClose(): void }) {
  const initial: CourseFields = course
    ? {
        id: course.id,
        title: course.title,
        kind: course.kind,
        topics: course.topics,
        description: course.description,
        archived: course.archived,
      }
    : { title: '', kind: 'ongoing', topics: [], description: '', archived: false };
  const [topicsText, setTopicsText] = useState((initial.topics ?? []).join('\n'));
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(contract.training.saveCourse, {
    initialValues: initial as never,
    guard: false,
    onSaved: (out) => {
      notifySaved(course ? 'Course saved' : 'Course added', `${out.title} is saved.`);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      title={course ? `Change ${course.title}` : 'Add a course'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="course-kind-label">
              Kind
            </Text>
            <SegmentedControl
              aria-labelledby="course-kind-label"
              data={COURSE_KINDS.map((k) => ({ value: k, label: courseKindLabel(k) }))}
              {...form.getInputProps('kind')}
            />
          </Stack>
          <Textarea
            label="Topics"
            description="One topic on each line"
            autosize
            minRows={5}
            maxRows={14}
            value={topicsText}
            error={
              form.errors.topics ?? Object.entries(form.errors).find(([k]) => k.startsWith('topics.'))?.[1]
            }
            onChange={(e) => {
              setTopicsText(e.currentTarget.value);
              form.setFieldValue('topics', linesOf(e.currentTarget.value));
            }}
          />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          {course && (
            <Switch
              label="Archived (no longer offered; kept on old records)"
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {course ? 'Save course' : 'Add course'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

import { SimpleGrid, Text } from '@mantine/core';
import { GENDER_LABELS } from '../../../../shared/mentors/equality';
import { OFFENCE_CATEGORY_LABELS } from '../../../../shared/mentees/referral';
import type { Mentor } from '../../../../shared/contract/mentors';
import {
  EMPLOYMENT_STATUS_LABELS,
  LEARNING_STYLE_LABELS,
  WEEKDAY_LABELS,
} from '../../../../shared/mentors/pipeline';
import { formatUkDate } from '../../../../shared/uk-date';
import { DetailSection } from '../../../components/details/DetailSection';

const date = (iso: string | null) => (iso ? formatUkDate(iso) : '');
const joined = (xs: readonly string[] | null) => (xs ?? []).join(', ');

/**
 * The mentor's own details. A role that may not read a class gets nulls from the core: those
 * groups are left out rather than shown as "Not recorded", which would be untrue.
 */
export function MentorProfile({ mentor: x }: { mentor: Mentor }) {
  const contactShown = x.email !== null;
  const address = [x.addressLine1, x.addressLine2, x.town, x.postcode].filter(Boolean).join('\n');
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <DetailSection
        title="Details"
        items={[
          { label: 'First name', value: x.firstName },
          { label: 'Last name', value: x.lastName },
          { label: 'Preferred name', value: x.preferredName },
          ...(contactShown ? [{ label: 'Date of birth', value: date(x.dateOfBirth) }] : []),
          { label: 'Enquiry date', value: date(x.enquiryDate) },
          { label: 'How they heard', value: x.heardVia },
          { label: 'Application date', value: date(x.applicationDate) },
          { label: 'Cluster', value: x.clusterName ?? 'Not in a cluster' },
        ]}
      >
        {!contactShown && (
          <Text size="sm" c="dimmed" mt="md">
            Your role sees a mentor’s name and where they are in recruitment, not their contact details or
            screening.
          </Text>
        )}
      </DetailSection>
      {contactShown && (
        <DetailSection
          title="Contact details"
          items={[
            { label: 'Email', value: x.email },
            { label: 'Telephone', value: x.phone },
            { label: 'Address', value: address, wide: true },
          ]}
        />
      )}
      {contactShown && (
        <DetailSection
          title="What they offer"
          items={[
            {
              label: 'Employment',
              value: x.employmentStatus ? EMPLOYMENT_STATUS_LABELS[x.employmentStatus] : '',
            },
            { label: 'Learning style', value: x.learningStyle ? LEARNING_STYLE_LABELS[x.learningStyle] : '' },
            { label: 'Interests', value: joined(x.interests) },
            { label: 'Skills', value: joined(x.skills) },
            { label: 'Languages', value: joined(x.languages) },
            { label: 'Where they can travel', value: x.travelArea },
            { label: 'Gender (for matching)', value: x.gender ? GENDER_LABELS[x.gender] : '' },
            { label: 'Mentees at once', value: x.maxMentees != null ? String(x.maxMentees) : '' },
            {
              label: 'Offences they would not work with',
              value: (x.excludedOffences ?? []).map((o) => OFFENCE_CATEGORY_LABELS[o]).join(', '),
            },
            {
              label: 'Days usually free',
              value: (x.availability ?? []).map((d) => WEEKDAY_LABELS[d]).join(', '),
            },
            { label: 'Availability notes', value: x.availabilityNotes, wide: true },
          ]}
        />
      )}
      {contactShown && (
        <DetailSection
          title="Motivation"
          items={[
            { label: 'Why they want to mentor', value: x.motivation, wide: true },
            { label: 'What they hope to get from it', value: x.hopes, wide: true },
          ]}
        />
      )}
      {x.hardToWorkWith !== null && (
        <DetailSection
          title="Screening notes"
          items={[
            {
              label: 'People or offences they would find hard to work with',
              value: x.hardToWorkWith,
              wide: true,
            },
          ]}
        />
      )}
      {contactShown && (
        <DetailSection title="Notes" items={[{ label: 'Notes', value: x.notes, wide: true }]} />
      )}
    </SimpleGrid>
  );
}

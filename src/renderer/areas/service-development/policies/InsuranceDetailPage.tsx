import { Anchor, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import { formatPence } from '../../../../shared/expenses/expenses';
import { INSURANCE_KIND_LABELS } from '../../../../shared/policies/policies';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { DateBadge } from './DateBadge';
import { InsuranceModal } from './InsuranceModal';
import { INSURANCE_PATH } from './policy-paths';
import { StoredFileViewer } from './StoredFileViewer';

const c = contract.policies;

const BackToList = () => (
  <Anchor component={RouterLink} to={INSURANCE_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All insurance
    </Group>
  </Anchor>
);

/** One insurance policy (where a renewal on the work queue leads): cover, dates and the schedule. */
export function InsuranceDetailPage() {
  const { id = '' } = useParams();
  const { session } = useSignedIn();
  const [editing, setEditing] = useState(false);
  const found = useChannelQuery(c.getInsurance, { id });
  if (found.error)
    return (
      <Page title="Insurance">
        <FormAlert title="The insurance could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  const i = found.data;
  if (!i)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the insurance" />
      </Stack>
    );
  const title = `${INSURANCE_KIND_LABELS[i.kind]} insurance`;
  return (
    <Page
      title={title}
      description={i.archived ? 'No longer held.' : `With ${i.insurer}.`}
      actions={
        mayCall(c.saveInsurance, session.roles) && (
          <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            Change or renew
          </Button>
        )
      }
    >
      <BackToList />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="Cover"
          items={[
            { label: 'Insurer', value: i.insurer },
            { label: 'Policy number', value: i.policyNumber },
            {
              label: 'Amount of cover',
              value: i.coverAmountPence != null ? formatPence(i.coverAmountPence) : '',
            },
            { label: 'Starts', value: formatUkDate(i.startsOn) },
            {
              label: 'Ends',
              value: <DateBadge date={i.expiresOn} state={i.renewalState} overdueWord="Expired" />,
            },
            { label: 'What it covers', value: i.coverSummary, wide: true },
            { label: 'Notes', value: i.notes, wide: true },
          ]}
        />
        <DetailSection title="Schedule or certificate">
          {i.file ? (
            <StoredFileViewer of="insurance" id={i.id} title={`${title} schedule`} />
          ) : (
            <Text c="dimmed">None attached.</Text>
          )}
        </DetailSection>
      </SimpleGrid>
      {editing && <InsuranceModal item={i} onClose={() => setEditing(false)} />}
    </Page>
  );
}

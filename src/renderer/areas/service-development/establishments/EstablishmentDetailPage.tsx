import { Anchor, Badge, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Establishment } from '../../../../shared/contract/establishments';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { formatDateTime } from '../../../components/dates';
import { DetailList, DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ArchiveEstablishmentButton } from './ArchiveEstablishmentButton';
import { addressLines, kindLabel } from './establishment-format';
import { ESTABLISHMENTS_PATH, editEstablishmentPath } from './establishment-paths';

const BackToList = () => (
  <Anchor component={RouterLink} to={ESTABLISHMENTS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All establishments
    </Group>
  </Anchor>
);

/** One establishment, every field in readable groups; Edit and Archive for those who may. */
export function EstablishmentDetailPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.establishments.get, { id });
  if (found.error)
    return (
      <Page
        title={
          isApiError(found.error) && found.error.code === 'NOT_FOUND'
            ? 'Establishment not found'
            : 'Establishment'
        }
      >
        <FormAlert title="The establishment could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the establishment" />
      </Stack>
    );
  return <EstablishmentDetails establishment={found.data} />;
}

function EstablishmentDetails({ establishment: e }: { establishment: Establishment }) {
  const { session } = useSignedIn();
  const mayEdit = mayCall(contract.establishments.update, session.roles);
  // The contact's details are `contact` class: roles that may not read them get nulls from the core.
  const contactHidden =
    e.securityContactName === null && e.securityContactPhone === null && e.securityContactEmail === null;
  const address = addressLines(e);
  return (
    <Page
      title={e.name}
      description={
        <Group gap="xs" component="span">
          <span>{kindLabel(e.kind)}</span>
          {e.archived && (
            <Badge color="gray" variant="outline">
              Archived
            </Badge>
          )}
        </Group>
      }
      actions={
        mayEdit && (
          <>
            <Button
              component={RouterLink}
              to={editEstablishmentPath(e.id)}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              Edit
            </Button>
            <ArchiveEstablishmentButton establishment={e} />
          </>
        )
      }
    >
      <BackToList />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="Details"
          items={[
            { label: 'Name', value: e.name },
            { label: 'Kind', value: kindLabel(e.kind) },
            { label: 'Operator', value: e.operator },
            { label: 'Telephone', value: e.phone },
          ]}
        />
        <DetailSection
          title="Address"
          items={[{ label: 'Postal address', value: address.length ? address.join('\n') : '', wide: true }]}
        />
        <DetailSection
          title="Cluster and region"
          items={[
            { label: 'Cluster', value: e.clusterName ?? 'Not in a cluster' },
            { label: 'Region', value: e.regionName ?? (e.clusterName ? '' : 'Not in a region') },
          ]}
        />
        <DetailSection title="Security department contact">
          {contactHidden ? (
            <Text c="dimmed">Not shown to your role.</Text>
          ) : (
            <DetailList
              items={[
                { label: 'Name', value: e.securityContactName ?? '' },
                { label: 'Telephone', value: e.securityContactPhone ?? '' },
                { label: 'Email', value: e.securityContactEmail ?? '', wide: true },
              ]}
            />
          )}
        </DetailSection>
        <DetailSection
          title="Visiting"
          items={[{ label: 'Visiting arrangements', value: e.visitingArrangements, wide: true }]}
        />
        <DetailSection
          title="Legal visits"
          items={[{ label: 'Legal visit arrangements', value: e.legalVisitArrangements, wide: true }]}
        />
      </SimpleGrid>
      <DetailSection title="Notes" items={[{ label: 'Notes', value: e.notes, wide: true }]} />
      <Text size="sm" c="dimmed">
        Last changed {formatDateTime(e.updatedAt)}
      </Text>
    </Page>
  );
}

import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { contract } from '../../../../../shared/contract';
import type { Cluster, Region } from '../../../../../shared/contract/establishments';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { FormAlert } from '../../../../components/FormAlert';
import { Page } from '../../../../components/Page';
import { TableScroll } from '../../../../components/TableScroll';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import { ClusterModal } from './ClusterModal';
import { RegionModal } from './RegionModal';

type Editing =
  { kind: 'region'; region: Region | null } | { kind: 'cluster'; cluster: Cluster | null } | null;

/** Regions, and the clusters (lead mentors' patches) inside them, with how many places each holds. */
export function ClustersPage() {
  const { session } = useSignedIn();
  const regions = useChannelQuery(contract.establishments.regions, {});
  const clusters = useChannelQuery(contract.establishments.clusters, {});
  const [editing, setEditingState] = useState<Editing>(null);
  // The modals unmount on close, so focus is put back on the button that opened them by hand.
  const opener = useRef<HTMLElement | null>(null);
  const setEditing = (next: Editing) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditingState(next);
  };
  const mayEditRegions = mayCall(contract.establishments.saveRegion, session.roles);
  const mayEditClusters = mayCall(contract.establishments.saveCluster, session.roles);
  const close = () => {
    setEditingState(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const error = regions.error ?? clusters.error;

  return (
    <Page
      title="Clusters and regions"
      description="Establishments are grouped into clusters (a lead mentor’s patch), and clusters into regions."
    >
      <FormAlert title="These lists could not be loaded">{error ? errorMessage(error) : null}</FormAlert>
      <Stack gap="xl">
        <section aria-labelledby="regions-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="h3" id="regions-heading">
              Regions
            </Title>
            {mayEditRegions && (
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing({ kind: 'region', region: null })}
              >
                Add a region
              </Button>
            )}
          </Group>
          {!regions.data ? (
            <Loader size="sm" aria-label="Loading regions" />
          ) : regions.data.length === 0 ? (
            <Text c="dimmed">No regions yet.</Text>
          ) : (
            <TableScroll label="Regions" minWidth={600}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Region</Table.Th>
                    <Table.Th scope="col">Clusters</Table.Th>
                    <Table.Th scope="col">Establishments</Table.Th>
                    <Table.Th scope="col">Notes</Table.Th>
                    {mayEditRegions && (
                      <Table.Th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {regions.data.map((region) => (
                    <Table.Tr key={region.id}>
                      <Table.Th scope="row">{region.name}</Table.Th>
                      <Table.Td>{region.clusters}</Table.Td>
                      <Table.Td>{region.establishments}</Table.Td>
                      <Table.Td>{region.notes}</Table.Td>
                      {mayEditRegions && (
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing({ kind: 'region', region })}
                            aria-label={`Change ${region.name}`}
                          >
                            Change
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
        <section aria-labelledby="clusters-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="h3" id="clusters-heading">
              Clusters
            </Title>
            {mayEditClusters && (
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEditing({ kind: 'cluster', cluster: null })}
                disabled={!regions.data?.length}
              >
                Add a cluster
              </Button>
            )}
          </Group>
          {mayEditClusters && regions.data?.length === 0 && (
            <Alert variant="light" mb="sm">
              Add a region first: every cluster belongs to one.
            </Alert>
          )}
          {!clusters.data ? (
            <Loader size="sm" aria-label="Loading clusters" />
          ) : clusters.data.length === 0 ? (
            <Text c="dimmed">No clusters yet.</Text>
          ) : (
            <TableScroll label="Clusters" minWidth={600}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Cluster</Table.Th>
                    <Table.Th scope="col">Region</Table.Th>
                    <Table.Th scope="col">Establishments</Table.Th>
                    <Table.Th scope="col">Notes</Table.Th>
                    {mayEditClusters && (
                      <Table.Th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {clusters.data.map((cluster) => (
                    <Table.Tr key={cluster.id}>
                      <Table.Th scope="row">{cluster.name}</Table.Th>
                      <Table.Td>{cluster.regionName}</Table.Td>
                      <Table.Td>{cluster.establishments}</Table.Td>
                      <Table.Td>{cluster.notes}</Table.Td>
                      {mayEditClusters && (
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing({ kind: 'cluster', cluster })}
                            aria-label={`Change ${cluster.name}`}
                          >
                            Change
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
      </Stack>
      {editing?.kind === 'region' && <RegionModal region={editing.region} onClose={close} />}
      {editing?.kind === 'cluster' && (
        <ClusterModal cluster={editing.cluster} regions={regions.data ?? []} onClose={close} />
      )}
    </Page>
  );
}

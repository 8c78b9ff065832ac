import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { contract } from '../../../../shared/contract';
import { CLUSTER_STEPS, type ClusterStep } from '../../../../shared/contract/mentors';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { DataTable } from '../../../components/data-table/DataTable';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { useListSearch } from '../establishments/use-list-search';
import { mentorPath } from '../mentors/mentor-paths';
import { clusterColumns } from './cluster-columns';
import { CLUSTER_SORTS, sortClusterRows, STEP_LABELS, type ClusterSort } from './cluster-format';

const m = contract.mentors;
const DEFAULTS = { clusterId: '', step: '', sortBy: 'step', sortDir: 'asc' };
const TITLE = 'My cluster';

/**
 * A lead mentor's cluster at a glance: each mentor's next prison clearance step, training hours
 * and how to reach them. The core decides whose mentors these are (a lead mentor: the cluster
 * they lead); co-ordinators and safeguarding leads choose a cluster.
 */
export function MyClusterPage() {
  const { session } = useSignedIn();
  const [params, setParams] = useListSearch(DEFAULTS);
  const found = useChannelQuery(m.clusterOverview, params.clusterId ? { clusterId: params.clusterId } : {}, {
    placeholderData: keepPreviousData,
  });
  const sortBy = (CLUSTER_SORTS as readonly string[]).includes(params.sortBy)
    ? (params.sortBy as ClusterSort)
    : 'step';
  const sortDir = params.sortDir === 'desc' ? 'desc' : 'asc';

  if (found.error)
    return (
      <Page title={TITLE}>
        <FormAlert title="The cluster could not be shown">{errorMessage(found.error)}</FormAlert>
      </Page>
    );
  const data = found.data;
  if (data && data.clusters.length === 0)
    return (
      <Page title={TITLE}>
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title="No cluster to show yet" maw={720}>
          {/* Those who see every mentor only lack mentors placed in clusters; a lead mentor lacks the link. */}
          {mayCall(m.readiness, session.roles)
            ? 'No mentor belongs to a cluster yet. A mentor’s cluster is chosen on their page.'
            : 'Ask a co-ordinator to link your account to your mentor record and cluster.'}
        </Alert>
      </Page>
    );

  const clusters = data?.clusters ?? [];
  const chosen = clusters.find((c) => c.id === params.clusterId);
  const onlyCluster = clusters.length === 1 ? clusters[0] : undefined;
  const rows = data?.items ?? [];
  const counts = new Map<ClusterStep, number>();
  for (const r of rows) counts.set(r.step, (counts.get(r.step) ?? 0) + 1);
  const step = (CLUSTER_STEPS as readonly string[]).includes(params.step)
    ? (params.step as ClusterStep)
    : null;
  const shown = sortClusterRows(step ? rows.filter((r) => r.step === step) : rows, sortBy, sortDir);
  const clusterName = onlyCluster?.name ?? chosen?.name;

  return (
    <Page
      title={TITLE}
      description={`${clusterName ? `${clusterName}: w` : 'W'}here each mentor’s prison clearance paperwork has got to, their initial training and how to reach them.`}
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Choose mentors">
          {clusters.length > 1 && (
            <Select
              label="Cluster"
              placeholder="All clusters"
              data={clusters.map((c) => ({ value: c.id, label: c.name }))}
              value={params.clusterId || null}
              onChange={(value) => setParams({ clusterId: value ?? '', step: '' })}
              clearable
              searchable
              nothingFoundMessage="No cluster has that name"
              w={220}
            />
          )}
          <Select
            label="Next step"
            placeholder="Any step"
            data={CLUSTER_STEPS.filter((s) => counts.has(s)).map((s) => ({
              value: s,
              label: `${STEP_LABELS[s]} (${counts.get(s)})`,
            }))}
            value={step}
            onChange={(value) => setParams({ step: value ?? '' })}
            clearable
            w={320}
          />
        </Group>
        <DataTable
          label="Mentors in the cluster"
          columns={clusterColumns(data?.initialTrainingHours ?? 0, !clusterName)}
          rows={data ? shown : undefined}
          rowKey={(row) => row.id}
          rowHref={(row) => mentorPath(row.id)}
          sort={{ sortBy, sortDir }}
          onSortChange={(sort) => setParams(sort)}
          refreshing={found.isPlaceholderData}
          loadingRows={6}
          rowHeight={64}
          virtualiseAbove={400}
          empty={step ? 'No mentor has this next step.' : 'No mentors in this cluster yet.'}
        />
        {data && (
          <Text size="sm" c="dimmed" role="status">
            {shown.length === 1 ? '1 mentor' : `${shown.length} mentors`}
            {step ? ` with this next step, of ${rows.length}` : ''}
          </Text>
        )}
      </Stack>
    </Page>
  );
}

import { Button, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import type { Cluster, Region } from '../../../../../shared/contract/establishments';
import { FormAlert } from '../../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../../components/FormModal';
import { useChannelForm } from '../../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../../components/ModalFooter';
import { notifySaved } from '../../../../components/notify';

/** Add a cluster (a lead mentor's patch) in a region, or change one (`cluster` given). */
export function ClusterModal({
  cluster,
  regions,
  onClose,
}: {
  cluster: Cluster | null;
  regions: Region[];
  onClose(): void;
}) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(
    contract.establishments.saveCluster,
    {
      initialValues: cluster
        ? { id: cluster.id, name: cluster.name, regionId: cluster.regionId, notes: cluster.notes }
        : { name: '', regionId: (regions.length === 1 ? regions[0]?.id : '') ?? '', notes: '' },
      guard: false,
      onSaved: (out) => {
        notifySaved(cluster ? 'Cluster saved' : 'Cluster added', `${out.name} is saved.`);
        onClose();
      },
    },
  );
  return (
    <FormModal
      opened
      title={cluster ? `Change ${cluster.name}` : 'Add a cluster'}
      dirty={dirty}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <TextInput label="Cluster name" required data-autofocus {...form.getInputProps('name')} />
          <Select
            label="Region"
            required
            placeholder="Choose the region"
            data={regions.map((r) => ({ value: r.id, label: r.name }))}
            {...form.getInputProps('regionId')}
            // The schema's own message for an empty choice is about identifiers; say what to do.
            error={form.errors.regionId ? 'Choose the region this cluster is in.' : undefined}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {cluster ? 'Save cluster' : 'Add cluster'}
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import {
  getEstablishment,
  insertEstablishment,
  listClusters,
  listEstablishments,
  listRegions,
  saveCluster,
  saveRegion,
  setArchived,
  updateEstablishment,
} from './establishments.queries';

const target = (id: string | undefined | null, detail?: string) => ({
  recordType: 'establishment',
  recordId: id ?? null,
  detail: detail ?? null,
});

export const establishmentsHandlers = defineHandlers(contract.establishments, {
  list: { run: ({ em }, input) => listEstablishments(em, input) },
  get: { run: ({ em }, input) => getEstablishment(em, input.id) },
  create: {
    run: ({ em, now }, input) => insertEstablishment(em, input, now),
    audit: (_input, output) => target(output?.id),
  },
  update: {
    run: ({ em, now }, { id, ...fields }) => updateEstablishment(em, id, fields, now),
    audit: (input) => target(input.id),
  },
  setArchived: {
    run: ({ em, now }, input) => setArchived(em, input.id, input.archived, now),
    audit: (input) => target(input.id, input.archived ? 'archived' : 'restored'),
  },
  clusters: { run: ({ em }) => listClusters(em) },
  saveCluster: {
    run: ({ em, now }, input) => saveCluster(em, input, now),
    audit: (input, output) => ({ recordType: 'cluster', recordId: output?.id ?? input.id ?? null }),
  },
  regions: { run: ({ em }) => listRegions(em) },
  saveRegion: {
    run: ({ em, now }, input) => saveRegion(em, input, now),
    audit: (input, output) => ({ recordType: 'region', recordId: output?.id ?? input.id ?? null }),
  },
});

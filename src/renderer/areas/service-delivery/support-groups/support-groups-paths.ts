export const SUPPORT_GROUPS_PATH = '/service-delivery/support-groups';
/** One cluster's support groups. */
export const supportGroupClusterPath = (clusterId: string) =>
  `/service-delivery/support-groups/clusters/${clusterId}`;

export const SUPPORT_GROUPS_PATH = '/support-groups';
/** One cluster's support groups. */
export const supportGroupClusterPath = (clusterId: string) => `/support-groups/clusters/${clusterId}`;

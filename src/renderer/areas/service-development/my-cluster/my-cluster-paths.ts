/** The cluster view's address (kept apart from the routes file, which imports the screen). */
export const MY_CLUSTER_PATH = '/service-development/my-cluster';

/** The establishments screens' addresses (kept apart from the routes file, which imports the screens). */
export const ESTABLISHMENTS_PATH = '/service-development/establishments';
export const CLUSTERS_PATH = '/service-development/clusters';
export const establishmentPath = (id: string) => `${ESTABLISHMENTS_PATH}/${id}`;
export const editEstablishmentPath = (id: string) => `${ESTABLISHMENTS_PATH}/${id}/edit`;

/** API paths of a zone's enterprises. */
export const enterprisesApi = (zone: string) => `/api/zones/${encodeURIComponent(zone)}/enterprises`;

export const enterpriseApi = (zone: string, id: number) => `${enterprisesApi(zone)}/${id}`;

/** Query keys of the special actions feature. */
export const actionKeys = {
  all: ['actions'] as const,
  national: () => ['actions', 'national'] as const,
  nationalAction: (id: number) => ['actions', 'national', id] as const,
  completion: (id: number, filters: object) => ['actions', 'national', id, 'completion', filters] as const,
  lateness: (id: number, filters: object) => ['actions', 'national', id, 'lateness', filters] as const,
  zone: (zone: string) => ['actions', 'zone', zone] as const,
  zoneAction: (zone: string, id: number) => ['actions', 'zone', zone, 'action', id] as const,
  assignment: (zone: string, id: number) => ['actions', 'zone', zone, 'assignment', id] as const,
};

export const nationalActionsApi = '/api/national/actions';
export const nationalActionApi = (id: number) => `${nationalActionsApi}/${id}`;
export const zoneActionsApi = (zone: string) => `/api/zones/${encodeURIComponent(zone)}/actions`;
export const assignmentApi = (zone: string, id: number) =>
  `/api/zones/${encodeURIComponent(zone)}/action-assignments/${id}`;

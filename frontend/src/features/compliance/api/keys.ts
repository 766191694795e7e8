/** Query keys of the compliance feature; invalidating `zone(code)` refreshes everything of that zone. */
export const complianceKeys = {
  zone: (zone: string) => ['compliance', zone] as const,
  assessmentLists: (zone: string) => ['compliance', zone, 'assessments'] as const,
  assessmentList: (zone: string, params: object) => ['compliance', zone, 'assessments', params] as const,
  assessment: (zone: string, id: number) => ['compliance', zone, 'assessment', id] as const,
  taskLists: (zone: string) => ['compliance', zone, 'tasks'] as const,
  taskList: (zone: string, params: object) => ['compliance', zone, 'tasks', params] as const,
  task: (zone: string, id: number) => ['compliance', zone, 'task', id] as const,
  overview: (zone: string) => ['compliance', zone, 'overview'] as const,
};

export const zoneApi = (zone: string) => `/api/zones/${encodeURIComponent(zone)}`;
export const assessmentsApi = (zone: string) => `${zoneApi(zone)}/assessments`;
export const assessmentApi = (zone: string, id: number) => `${assessmentsApi(zone)}/${id}`;
export const tasksApi = (zone: string) => `${zoneApi(zone)}/rectifications`;
export const taskApi = (zone: string, id: number) => `${tasksApi(zone)}/${id}`;

const zone = (code: string) => `/zones/${encodeURIComponent(code)}`;

/** Filters the audit trail screen reads from its URL, so other pages can link to a filtered trail. */
export type AuditLinkFilters = { entityType?: string; entityId?: string };

/** Every route of the app, defined once: `path` for the router, `getHref` for links. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  me: { path: '/me', getHref: () => '/me' },
  national: { path: '/national', getHref: () => '/national' },
  nationalZones: { path: '/national/zones', getHref: () => '/national/zones' },
  nationalActions: { path: '/national/actions', getHref: () => '/national/actions' },
  nationalAction: {
    path: '/national/actions/:id',
    getHref: (id: number | string) => `/national/actions/${encodeURIComponent(id)}`,
  },
  zoneActions: { path: '/zones/:code/actions', getHref: (code: string) => `${zone(code)}/actions` },
  zoneAction: {
    path: '/zones/:code/actions/:id',
    getHref: (code: string, id: number | string) => `${zone(code)}/actions/${encodeURIComponent(id)}`,
  },
  zoneAssignment: {
    path: '/zones/:code/action-assignments/:id',
    getHref: (code: string, id: number | string) => `${zone(code)}/action-assignments/${encodeURIComponent(id)}`,
  },
  zoneHome: { path: '/zones/:code', getHref: (code: string) => zone(code) },
  zoneEnterprises: { path: '/zones/:code/enterprises', getHref: (code: string) => `${zone(code)}/enterprises` },
  zoneEnterprise: {
    path: '/zones/:code/enterprises/:id',
    getHref: (code: string, id: number | string) => `${zone(code)}/enterprises/${encodeURIComponent(id)}`,
  },
  zoneEnterpriseImport: {
    path: '/zones/:code/enterprises/import',
    getHref: (code: string) => `${zone(code)}/enterprises/import`,
  },
  zoneEnterpriseImportJob: {
    path: '/zones/:code/enterprises/import/:jobId',
    getHref: (code: string, jobId: number | string) => `${zone(code)}/enterprises/import/${encodeURIComponent(jobId)}`,
  },
  zoneAssessments: {
    path: '/zones/:code/assessments',
    getHref: (code: string, status?: string) =>
      `${zone(code)}/assessments${status ? `?status=${encodeURIComponent(status)}` : ''}`,
  },
  zoneAssessment: {
    path: '/zones/:code/assessments/:id',
    getHref: (code: string, id: number | string) => `${zone(code)}/assessments/${encodeURIComponent(id)}`,
  },
  zoneReviewQueue: { path: '/zones/:code/review-queue', getHref: (code: string) => `${zone(code)}/review-queue` },
  zoneRectifications: {
    path: '/zones/:code/rectifications',
    getHref: (code: string) => `${zone(code)}/rectifications`,
  },
  zoneCompliance: { path: '/zones/:code/compliance', getHref: (code: string) => `${zone(code)}/compliance` },
  zonePrograms: { path: '/zones/:code/programs', getHref: (code: string) => `${zone(code)}/programs` },
  zoneProgram: {
    path: '/zones/:code/programs/:id',
    getHref: (code: string, id: number | string) => `${zone(code)}/programs/${encodeURIComponent(id)}`,
  },
  zoneAudit: {
    path: '/zones/:code/audit',
    getHref: (code: string, filters: AuditLinkFilters = {}) => {
      const query = new URLSearchParams(
        Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
      ).toString();
      return `${zone(code)}/audit${query ? `?${query}` : ''}`;
    },
  },
} as const;

import { http, HttpResponse } from 'msw';
import { anEnterprise, aZone, ministry } from '@/testing/data';
import type { Account, AssessmentPage, AuditPage, EnterprisePage, ImportJobPage, Me, ZonePage } from '@/types/api';

/** Answers /api/me as the given user; tests call server.use(signedInAs(...)) to switch. */
export function signedInAs(me: Me) {
  return http.get('/api/me', () => HttpResponse.json(me));
}

/** A problem+json answer the way the backend writes one. */
export function problem(status: number, title: string, detail: string, errors?: { field: string; message: string }[]) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail, instance: '/api', ...(errors && { errors }) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export const handlers = [
  signedInAs(ministry),
  http.get('/api/national/zones', () =>
    HttpResponse.json<ZonePage>({ items: [aZone()], page: 0, size: 20, total: 1 }),
  ),
  http.get('/api/zones/:code', ({ params }) =>
    params.code === 'ningbo' ? HttpResponse.json(aZone()) : problem(404, 'Not Found', 'No such zone.'),
  ),
  http.get('/api/zones/ningbo/enterprises', () =>
    HttpResponse.json<EnterprisePage>({ items: [anEnterprise()], page: 0, size: 20, total: 1 }),
  ),
  http.get('/api/zones/ningbo/enterprises/:id', ({ params }) =>
    params.id === '1' ? HttpResponse.json(anEnterprise()) : problem(404, 'Not Found', 'No such enterprise in this zone.'),
  ),
  http.get('/api/zones/ningbo/enterprises/:id/users', () => HttpResponse.json<Account[]>([])),
  http.get('/api/zones/ningbo/enterprise-imports', () =>
    HttpResponse.json<ImportJobPage>({ items: [], page: 0, size: 10, total: 0 }),
  ),
  http.get('/api/zones/ningbo/assessments', () =>
    HttpResponse.json<AssessmentPage>({ items: [], page: 0, size: 20, total: 0 }),
  ),
  http.get('/api/zones/ningbo/audit', () => HttpResponse.json<AuditPage>({ items: [], page: 0, size: 20, total: 0 })),
];

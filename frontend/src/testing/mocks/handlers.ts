import { http, HttpResponse } from 'msw';
import { anEnterprise, aZone, ministry } from '@/testing/data';
import { problem } from '@/testing/mocks/problems';
import { months, nationalPicture, zonePicture } from '@/testing/rollup-data';
import type { Account, AssessmentPage, AuditPage, EnterprisePage, ImportJobPage, Inbox, Me, ZonePage } from '@/types/api';

/** Answers /api/me as the given user; tests call server.use(signedInAs(...)) to switch. */
export function signedInAs(me: Me) {
  return http.get('/api/me', () => HttpResponse.json(me));
}

export const handlers = [
  signedInAs(ministry),
  http.get('/api/national/zones', () =>
    HttpResponse.json<ZonePage>({ items: [aZone()], page: 0, size: 20, total: 1 }),
  ),
  http.get('/api/zones/:code', ({ request, params }) =>
    params.code === 'ningbo' ? HttpResponse.json(aZone()) : problem(request, 'not-found'),
  ),
  http.get('/api/zones/ningbo/enterprises', () =>
    HttpResponse.json<EnterprisePage>({ items: [anEnterprise()], page: 0, size: 20, total: 1 }),
  ),
  http.get('/api/zones/ningbo/enterprises/:id', ({ request, params }) =>
    params.id === '1' ? HttpResponse.json(anEnterprise()) : problem(request, 'not-found'),
  ),
  http.get('/api/zones/ningbo/enterprises/:id/users', () => HttpResponse.json<Account[]>([])),
  http.get('/api/zones/ningbo/enterprise-imports', () =>
    HttpResponse.json<ImportJobPage>({ items: [], page: 0, size: 10, total: 0 }),
  ),
  http.get('/api/zones/ningbo/assessments', () =>
    HttpResponse.json<AssessmentPage>({ items: [], page: 0, size: 20, total: 0 }),
  ),
  http.get('/api/zones/ningbo/audit', () => HttpResponse.json<AuditPage>({ items: [], page: 0, size: 20, total: 0 })),
  // the menu asks a zone administrator's inbox for its count
  http.get('/api/zones/:code/inbox', () => HttpResponse.json<Inbox>({ total: 0, urgent: 0, counts: {}, items: [] })),
  http.get('/api/zones/ningbo/rollup', () => HttpResponse.json(zonePicture())),
  http.get('/api/national/rollup', () => HttpResponse.json(nationalPicture())),
  http.get('/api/national/rollup/months', () => HttpResponse.json(months())),
  http.get('/api/national/rollup/rebuilds', () => HttpResponse.json([])),
];

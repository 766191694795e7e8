import { http, HttpResponse } from 'msw';
import { aZone, ministry } from '@/testing/data';
import type { Me, ZonePage } from '@/types/api';

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
];

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { StatusResult } from '@/components/status-result';
import { ApiError } from '@/lib/api-client';

/** A page whose data failed to load. A zone of another tenant answers 404, so it reads as "not found". */
export function RouteError() {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  // Leaving the error lets the failed query run again the next time its page is opened.
  useEffect(() => reset, [reset]);

  if (error instanceof ApiError && error.status === 404) return <StatusResult status={404} />;
  // The server says which rule refused it (zone staff only, read-only for ministry…), in the user's language.
  if (error instanceof ApiError && error.status === 403) return <StatusResult status={403} detail={error.detail} />;
  return <StatusResult status="error" detail={error instanceof ApiError ? error.detail : undefined} />;
}

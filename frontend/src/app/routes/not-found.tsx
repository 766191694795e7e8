import { StatusResult } from '@/components/status-result';

export function NotFoundPage() {
  return <StatusResult status={404} />;
}

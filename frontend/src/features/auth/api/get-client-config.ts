import { api } from '@/lib/api-client';
import type { ClientConfig } from '@/types/api';
import { isRecord } from '@/utils/is-record';

/** Read once at start-up, before sign-in, so it has no query hook. */
export async function getClientConfig(): Promise<ClientConfig> {
  return parseClientConfig(await api.get<unknown>('/api/config'));
}

/** Fails start-up loudly when the backend answers something the sign-in cannot work with. */
export function parseClientConfig(value: unknown): ClientConfig {
  if (isRecord(value)) {
    const { keycloakUrl, realm, clientId } = value;
    if (isFilled(keycloakUrl) && URL.canParse(keycloakUrl) && isFilled(realm) && isFilled(clientId)) {
      return { keycloakUrl, realm, clientId };
    }
  }
  throw new Error(`GET /api/config answered an unusable configuration: ${JSON.stringify(value)}`);
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

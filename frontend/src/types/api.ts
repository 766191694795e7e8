/**
 * Names for the schemas of the generated OpenAPI types (openapi.d.ts, from ../backend/openapi.json).
 * Code imports from here, so a renamed schema is fixed in this one file.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

/**
 * A response body as it arrives: Jackson writes every record component, but springdoc lists none of them as
 * required (and none as nullable). `Nullable` names the ones the contract allows to be null.
 * Once the document marks them itself, this is a no-op.
 */
type Received<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? Exclude<T[K], undefined> | null : Exclude<T[K], undefined>;
};

export type ClientConfig = Received<Schemas['ClientConfig']>;
export type Me = Received<Schemas['Me'], 'zone' | 'enterpriseId'>;
export type Zone = Received<Schemas['Zone'], 'mergedInto'>;
export type ZoneStatus = Zone['status'];
export type ZonePage = Omit<Received<Schemas['PageResultZone']>, 'items'> & { items: Zone[] };
export type NewAdminCredentials = Received<Schemas['NewAdminCredentials']>;
export type CreatedZone = { zone: Zone; firstAdmin: NewAdminCredentials | null };

export type CreateZoneRequest = Schemas['CreateZoneRequest'];
export type FirstAdmin = Schemas['FirstAdmin'];
export type UpdateZoneRequest = Schemas['UpdateZoneRequest'];

/** One entry of `errors` in a 400 problem-details body; the document does not describe error bodies yet. */
export type FieldError = { field: string; message: string };

import type { LayerId } from '../../domain/layers/layer';

/**
 * The base street network is shared reference data, like GOAT's base layer: one layer with a
 * well-known id, owned by no user, readable by every signed-in user and changed only by
 * `npm run network:import`.
 */
export const BASE_STREET_NETWORK_LAYER_ID = '00000000-0000-7000-8000-000000000001' as LayerId;

/** Owner of shared reference data; no identity provider issues this id to a person. */
export const SYSTEM_OWNER_ID = 'system';

/** Reference data is whatever the system owns: everyone reads its layers, nobody edits them. */
export const isReferenceData = (resource: { readonly ownerId: string }): boolean => resource.ownerId === SYSTEM_OWNER_ID;

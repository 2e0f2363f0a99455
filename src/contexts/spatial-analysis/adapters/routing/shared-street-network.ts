import { type StreetNetwork, TYPED_ARRAY_FIELDS } from '../../domain/routing/street-network';

type TypedArray = Int32Array | Uint32Array | Float32Array | Int16Array | Uint16Array | Uint8Array;

function shared<T extends TypedArray>(array: T): T {
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

/**
 * Copies the network's arrays into SharedArrayBuffers once; posting the result to workers then
 * shares the memory instead of cloning it.
 */
export function toSharedStreetNetwork(network: StreetNetwork): StreetNetwork {
  const arrays = Object.fromEntries(TYPED_ARRAY_FIELDS.map((field) => [field, shared(network[field])]));
  return {
    ...network,
    ...arrays,
    index: { ...network.index, cellStart: shared(network.index.cellStart), cellEdges: shared(network.index.cellEdges) },
  } as StreetNetwork;
}

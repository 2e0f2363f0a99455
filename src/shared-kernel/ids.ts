import { v7 as uuidv7, validate as uuidValidate } from 'uuid';

/** Time-ordered identifiers (UUIDv7): index-friendly and sortable by creation. */
export type Id<Brand extends string> = string & { readonly __brand: Brand };

export function newId<Brand extends string>(): Id<Brand> {
  return uuidv7() as Id<Brand>;
}

export function isUuid(value: string): boolean {
  return uuidValidate(value);
}

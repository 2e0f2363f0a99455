/** The value types an attribute column can hold (GDAL's field types, folded to what PostgreSQL stores). */
export type AttributeType = 'integer' | 'bigint' | 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'time' | 'json';

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['integer', 'bigint', 'number', 'text', 'boolean', 'date', 'timestamp', 'time', 'json'];

/** One attribute of a layer: the name the planner's file used, the column it is stored in, its type. */
export interface LayerAttribute {
  readonly name: string;
  readonly column: string;
  readonly type: AttributeType;
}

/** Columns every layer table has; an attribute may not take these names. */
const RESERVED = new Set(['id', 'geom', 'oid', 'ctid', 'xmin', 'xmax', 'cmin', 'cmax', 'tableoid']);
/** PostgreSQL truncates identifiers beyond 63 bytes; we stay well inside. */
const MAX_COLUMN_LENGTH = 60;

function sanitized(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_COLUMN_LENGTH);
  if (ascii.length === 0) return 'attribute';
  return /^[0-9]/.test(ascii) ? `a_${ascii}`.slice(0, MAX_COLUMN_LENGTH) : ascii;
}

/**
 * Column names for a file's fields: lower-case ASCII, safe unquoted, unique, never a reserved name.
 * The original names stay in the layer's attribute list (GOAT's attribute_mapping), so nothing is lost.
 */
export function attributesFor(fields: readonly { name: string; type: AttributeType }[]): LayerAttribute[] {
  const taken = new Set(RESERVED);
  return fields.map((field) => {
    const base = sanitized(field.name);
    let column = base;
    for (let n = 2; taken.has(column); n++) column = `${base.slice(0, MAX_COLUMN_LENGTH - String(n).length - 1)}_${n}`;
    taken.add(column);
    return { name: field.name, column, type: field.type };
  });
}

/** GOAT's attribute_mapping: stored column -> the planner's name. */
export const attributeMappingOf = (attributes: readonly LayerAttribute[]): Record<string, string> =>
  Object.fromEntries(attributes.map((attribute) => [attribute.column, attribute.name]));

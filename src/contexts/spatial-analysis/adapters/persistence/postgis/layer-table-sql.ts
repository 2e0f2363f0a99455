import type { AttributeType, LayerAttribute } from '../../../domain/layers/layer-attributes';

/** Layer rows live in user_data."l_<layer uuid without dashes>": one typed table per layer. */
export const layerTable = (layerId: string): string => {
  const hex = layerId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`Not a layer id: ${layerId}`);
  return `l_${hex}`;
};

export const qualified = (table: string): string => `user_data."${table}"`;

/** Column names were sanitized to [a-z0-9_]; quoting keeps even reserved words usable. */
export const column = (attribute: LayerAttribute): string => `"${attribute.column.replace(/"/g, '')}"`;

export const SQL_TYPES: Readonly<Record<AttributeType, string>> = {
  integer: 'integer',
  bigint: 'bigint',
  number: 'double precision',
  text: 'text',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamptz',
  time: 'time',
  json: 'jsonb',
};

/** How a column is read back so both adapters hand out the same values (ISO text for time types). */
export function selectExpression(attribute: LayerAttribute): string {
  const name = column(attribute);
  switch (attribute.type) {
    case 'date': return `${name}::text`;
    case 'time': return `${name}::text`;
    case 'timestamp': return `to_char(${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'bigint': return `${name}::double precision`;
    default: return name;
  }
}

/** A file's value as a bind parameter for its column, or null when it cannot be one. */
export function bindValue(value: unknown, type: AttributeType): unknown {
  if (value === undefined || value === null || value === '') return null;
  switch (type) {
    case 'integer': case 'bigint': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isInteger(number) ? number : null;
    }
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? number : null;
    }
    case 'boolean': return typeof value === 'boolean' ? value : ['true', '1', 'yes'].includes(String(value).toLowerCase());
    case 'json': return JSON.stringify(value);
    case 'date': case 'timestamp': {
      const parsed = new Date(String(value).replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
      return Number.isNaN(parsed.getTime()) ? null : type === 'date' ? parsed.toISOString().slice(0, 10) : parsed.toISOString();
    }
    default: return String(value);
  }
}

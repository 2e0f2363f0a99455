import type { Geometry, Position } from 'geojson';
import type { DomainError, FieldError } from '../../../../shared-kernel/domain-error';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import type { AttributeType } from '../layers/layer-attributes';
import type { FeatureLayer } from './feature-layer';
import { FeatureErrors } from './features.errors';
import { checkedGeometry, geometryKindOf } from './geojson-geometry';
import type { FeatureContent, LayerFeature } from './layer-feature';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;

/** A real calendar day: 2024-02-30 is refused, not rolled over to 2024-03-01. */
const isCalendarDate = (text: string): boolean => {
  if (!DATE.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
};

function fits(type: AttributeType, value: unknown): boolean {
  if (value === null) return true;
  switch (type) {
    case 'integer': return Number.isInteger(value) && Math.abs(value as number) <= 2147483647;
    case 'bigint': return Number.isSafeInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return typeof value === 'string' && isCalendarDate(value);
    case 'timestamp': return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'time': return typeof value === 'string' && TIME.test(value);
    case 'json': return true;
    default: return typeof value === 'string';
  }
}

/** Drops a third coordinate: layer tables are 2D. */
function flat(geometry: Geometry): Geometry {
  const strip = (c: unknown): unknown => (typeof (c as unknown[])[0] === 'number' ? (c as Position).slice(0, 2) : (c as unknown[]).map(strip));
  return { ...geometry, coordinates: strip((geometry as { coordinates: unknown }).coordinates) } as Geometry;
}

/**
 * A GeoJSON feature from a POST/PUT/PATCH checked against the layer: known attributes (by the
 * planner's name or stored column) with values of their type, and a geometry of the layer's kind.
 * A patch starts from the stored feature and changes only what it names.
 */
export function checkedContent(layer: FeatureLayer, body: { geometry?: unknown; properties?: unknown }, base: LayerFeature | null = null): Result<FeatureContent, DomainError> {
  const errors: FieldError[] = [];
  const properties: Record<string, unknown> = { ...(base?.properties ?? {}) };
  const given = body.properties ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    errors.push({ pointer: '/body/properties', message: 'must be an object' });
  } else {
    for (const [key, value] of Object.entries(given)) {
      const attribute = layer.attributes.find((a) => a.name === key) ?? layer.attributes.find((a) => a.column === key);
      const pointer = `/body/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!attribute) errors.push({ pointer, message: `the layer has no attribute "${key.slice(0, 128)}"` });
      else if (!fits(attribute.type, value)) errors.push({ pointer, message: `must be ${attribute.type === 'json' ? 'JSON' : `a ${attribute.type}`} or null` });
      else properties[attribute.name] = value;
    }
  }
  let geometry: Geometry | null = base?.geometry ?? null;
  if (body.geometry !== undefined || !base) {
    if (!layer.geometryType) {
      if (body.geometry !== undefined && body.geometry !== null) errors.push({ pointer: '/body/geometry', message: 'a table has no geometry: send null' });
      geometry = null;
    } else {
      const checked = checkedGeometry(body.geometry);
      if (!checked.ok) errors.push({ pointer: '/body/geometry', message: body.geometry === undefined || body.geometry === null ? 'is required' : checked.error });
      else if (geometryKindOf(checked.value) !== layer.geometryType) return err(FeatureErrors.wrongGeometryType(layer.geometryType, checked.value.type));
      else geometry = flat(checked.value);
    }
  }
  return errors.length ? err(FeatureErrors.invalidFeature(errors)) : ok({ geometry, properties });
}

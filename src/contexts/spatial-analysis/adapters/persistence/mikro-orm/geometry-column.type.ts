import { Type } from '@mikro-orm/core';
import { fromEwkb, toEwkb, type Geometry } from '../../../../../shared-kernel/geometry';

/**
 * A PostGIS geometry column (SRID 4326) as GeoJSON, EWKB on the wire both ways. The same mapping as
 * the platform's GeometryType; a context may not import the platform, so it keeps its own.
 */
export class GeometryColumnType extends Type<Geometry | null, Buffer | null> {
  override convertToDatabaseValue(value: Geometry | null): Buffer | null {
    return value ? toEwkb(value) : null;
  }

  override convertToJSValue(value: Buffer | string | null): Geometry | null {
    return value ? fromEwkb(value) : null;
  }

  override convertToDatabaseValueSQL(key: string): string {
    return `ST_GeomFromEWKB(${key})`;
  }

  override convertToJSValueSQL(key: string): string {
    return `ST_AsEWKB(${key})`;
  }

  override getColumnType(): string {
    return 'geometry(Geometry, 4326)';
  }
}

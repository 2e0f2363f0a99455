import { Type } from '@mikro-orm/core';
import { fromEwkb, toEwkb, type Geometry } from './geometry';

/**
 * PostGIS geometry (SRID 4326) as GeoJSON in the domain: EWKB on the wire both ways, so no
 * coordinate ever goes through text formatting. The one geometry mapping of every context's
 * MikroORM entities; it lives in the shared kernel because contexts may not import the platform.
 */
export class GeometryType extends Type<Geometry | null, Buffer | null> {
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

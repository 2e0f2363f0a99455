import type { Geometry } from 'geojson';
import type { FeatureId } from './feature-layer';
import type { LayerFeature } from './layer-feature';

/**
 * A feature of a page whose geometry arrived as GeoJSON text (PostGIS's ST_AsGeoJSON): parsed only
 * if someone reads `geometry`, written out as it came by `geometryTextOf`. A page of 1,000 features
 * is spared a JSON.parse and a JSON.stringify of every geometry (most for lines and polygons).
 * `geometry` is a getter: copy with `{ id, geometry, properties }`, not by spreading.
 */
export class FeatureWithGeometryText implements LayerFeature {
  private parsed: Geometry | null | undefined;

  constructor(
    readonly id: FeatureId,
    readonly geometryText: string | null,
    readonly properties: Readonly<Record<string, unknown>>,
  ) {}

  get geometry(): Geometry | null {
    if (this.parsed === undefined) this.parsed = this.geometryText === null ? null : (JSON.parse(this.geometryText) as Geometry);
    return this.parsed;
  }

  toJSON(): LayerFeature {
    return { id: this.id, geometry: this.geometry, properties: this.properties };
  }
}

/** The feature's geometry as GeoJSON text: as it arrived when it came as text, else serialized. */
export function geometryTextOf(feature: LayerFeature): string {
  return feature instanceof FeatureWithGeometryText ? (feature.geometryText ?? 'null') : JSON.stringify(feature.geometry);
}

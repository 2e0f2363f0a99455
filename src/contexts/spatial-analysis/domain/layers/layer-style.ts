import type { GeometryKind, LayerType } from './layer';

/** A plain default look per geometry, in GOAT's style-properties shape; planners restyle per project. */
export function defaultStyleFor(type: LayerType, geometry: GeometryKind | null): Record<string, unknown> {
  if (type !== 'feature' || !geometry) return {};
  const base = { visibility: true, opacity: 0.8, color: [25, 118, 210], min_zoom: 1, max_zoom: 22 };
  if (geometry === 'point') return { ...base, radius: 5, stroked: true, stroke_color: [255, 255, 255], stroke_width: 1 };
  if (geometry === 'line') return { ...base, stroked: true, stroke_color: [25, 118, 210], stroke_width: 2 };
  return { ...base, filled: true, stroked: true, stroke_color: [13, 71, 161], stroke_width: 1 };
}

import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import { err, ok, type Result } from '../../../../shared-kernel/result';
import { safeFileName, TABULAR_EXPORTS, type ExportFormat } from '../../domain/import-export/export-format';
import { ExportErrors } from '../../domain/import-export/import.errors';
import { compileFilter, type FeaturePredicate } from '../../domain/layers/cql2-filter';
import { holdsData, type Layer, type LayerId } from '../../domain/layers/layer';
import { LayerErrors } from '../../domain/layers/layer.errors';
import type { ExportedArchive, LayerFileWriter } from '../../ports/import-export/layer-file-writer.port';
import type { FeatureSource, LayerFeatureStore } from '../../ports/layers/layer-feature-store.port';
import type { LayerRepository } from '../../ports/layers/layer-repository.port';
import type { WorkspaceAccess } from '../../ports/workspace-access.port';
import { layerFor } from '../layers/layer-access';

export interface ExportLayerInput {
  readonly format: ExportFormat;
  readonly fileName: string;
  readonly crs?: string;
  /** CQL2-JSON over the layer's attributes. */
  readonly query?: Record<string, unknown> | null;
}

function metadataText(layer: Layer, input: ExportLayerInput, exportedAt: Date): string {
  return [
    `Layer: ${layer.name}`,
    `Description: ${layer.description ?? ''}`,
    `License: ${layer.license ?? ''}`,
    `Attribution: ${layer.attribution ?? ''}`,
    `Features in layer: ${layer.data.featureCount}`,
    `Attributes: ${layer.data.attributes.map((attribute) => `${attribute.name} (${attribute.type})`).join(', ')}`,
    `Format: ${input.format}`,
    `Coordinate reference system: ${input.crs ?? 'EPSG:4326'}`,
    `Filter: ${input.query ? JSON.stringify(input.query) : 'none'}`,
    `Exported at: ${exportedAt.toISOString()}`,
    '',
  ].join('\n');
}

/** A layer the caller may read, written to the file type they chose (GDAL), zipped with its metadata. */
export class ExportLayer {
  constructor(
    private readonly layers: LayerRepository,
    private readonly features: LayerFeatureStore,
    private readonly writer: LayerFileWriter,
    private readonly access: WorkspaceAccess,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, id: LayerId, input: ExportLayerInput): Promise<Result<ExportedArchive, DomainError>> {
    const found = await layerFor(this.layers, this.access, principal, id, 'read');
    if (!found.ok) return found;
    const layer = found.value;
    if (!holdsData(layer)) return err(LayerErrors.notFeatureLayer());
    if (layer.type === 'table' && !TABULAR_EXPORTS.includes(input.format)) return err(ExportErrors.unsupportedForTables(input.format));
    let keep: FeaturePredicate = () => true;
    if (input.query) {
      const compiled = compileFilter(input.query, layer.data.attributes.map((attribute) => attribute.name));
      if (!compiled.ok) return compiled;
      keep = compiled.value;
    }
    const store = this.features;
    const source: FeatureSource = {
      geometryType: layer.geometryType,
      attributes: layer.data.attributes,
      async *features() {
        for await (const feature of store.read(layer.id, layer.data.attributes)) if (keep(feature.properties)) yield feature;
      },
    };
    const written = await this.writer.write(source, {
      format: input.format,
      fileName: safeFileName(input.fileName),
      crs: input.crs,
      metadataText: metadataText(layer, input, this.clock.now()),
    });
    return written.ok ? ok(written.value) : written;
  }
}

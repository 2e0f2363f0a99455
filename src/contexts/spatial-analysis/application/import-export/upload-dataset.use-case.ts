import type { Clock } from '../../../../shared-kernel/clock';
import type { DomainError } from '../../../../shared-kernel/domain-error';
import type { Principal } from '../../../../shared-kernel/principal';
import type { Result } from '../../../../shared-kernel/result';
import type { Dataset } from '../../domain/import-export/dataset';
import { checkedSize, uploadFormatOf } from '../../domain/import-export/upload-format';
import type { DatasetFiles, ReceivedFile } from '../../ports/import-export/dataset-files.port';

export interface UploadDatasetInput {
  readonly file: ReceivedFile;
  /** CRS of CSV/XLSX coordinates when they are not WGS84. */
  readonly crs?: string;
}

/**
 * Checks an uploaded file (format by name, size limit, then GDAL: one layer, a CRS, one geometry
 * type) and keeps it as a dataset for a day. The received file is always gone afterwards.
 */
export class UploadDataset {
  constructor(
    private readonly datasets: DatasetFiles,
    private readonly maxMegabytes: number,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, input: UploadDatasetInput): Promise<Result<Dataset, DomainError>> {
    const format = uploadFormatOf(input.file.originalName);
    const size = format.ok ? checkedSize(format.value, input.file.sizeBytes, this.maxMegabytes) : format;
    if (!format.ok || !size.ok) {
      await this.datasets.reject(input.file);
      return format.ok ? (size as Result<never, DomainError>) : format;
    }
    await this.datasets.discardExpired(this.clock.now());
    return this.datasets.accept(input.file, { ownerId: principal.id, format: format.value, assumedCrs: input.crs, now: this.clock.now() });
  }

  /** For a received file whose request was refused before it could be checked. */
  discardReceived(path: string): Promise<void> {
    return this.datasets.reject({ path, originalName: '', sizeBytes: 0 });
  }
}

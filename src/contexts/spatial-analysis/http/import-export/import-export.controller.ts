import { createReadStream } from 'node:fs';
import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpPost, request, response } from 'inversify-express-utils';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { DatasetId } from '../../domain/import-export/dataset';
import type { ExportFormat } from '../../domain/import-export/export-format';
import { ImportErrors } from '../../domain/import-export/import.errors';
import type { LayerId } from '../../domain/layers/layer';
import type { ProjectId } from '../../domain/projects/project';
import type { FolderId } from '../../domain/workspace/folder';
import { CreateLayerFromDataset } from '../../application/import-export/create-layer-from-dataset.use-case';
import { ExportLayer } from '../../application/import-export/export-layer.use-case';
import { UploadDataset } from '../../application/import-export/upload-dataset.use-case';
import { layerIdParams } from '../layers/layer.schemas';
import { createLayerBody, createLayerQuery, exportBody, toUploadResponse, uploadFields } from './import-export.schemas';
import { receiveUpload, UPLOAD_SETTINGS, type UploadSettings } from './upload-middleware';

@controller('/api/v2/layer')
export class LayerImportExportController {
  private readonly receive: (req: Request, res: Response) => Promise<void>;

  constructor(
    @inject(UploadDataset) private readonly uploadDataset: UploadDataset,
    @inject(CreateLayerFromDataset) private readonly createLayer: CreateLayerFromDataset,
    @inject(ExportLayer) private readonly exportLayer: ExportLayer,
    @inject(UPLOAD_SETTINGS) settings: UploadSettings,
  ) {
    this.receive = receiveUpload(settings);
  }

  @httpPost('/file-upload')
  async upload(@request() req: Request, @response() res: Response): Promise<void> {
    const principal = principalOf(req);
    await this.receive(req, res);
    const file = req.file;
    if (!file) throw ImportErrors.fileMissing();
    let fields;
    try {
      fields = parseRequest(uploadFields, req.body ?? {}, 'body');
    } catch (error) {
      await this.uploadDataset.discardReceived(file.path);
      throw error;
    }
    const dataset = unwrap(
      await this.uploadDataset.execute(principal, { file: { path: file.path, originalName: file.originalname, sizeBytes: file.size }, crs: fields.crs }),
    );
    res.status(201).json(toUploadResponse(dataset));
  }

  @httpPost('/feature-standard')
  async createFeatureLayer(@request() req: Request, @response() res: Response): Promise<void> {
    await this.startImport(req, res, 'feature');
  }

  @httpPost('/table')
  async createTableLayer(@request() req: Request, @response() res: Response): Promise<void> {
    await this.startImport(req, res, 'table');
  }

  @httpPost('/:layer_id/export')
  async export(@request() req: Request, @response() res: Response): Promise<void> {
    const { layer_id } = parseRequest(layerIdParams, req.params, 'params');
    const body = parseRequest(exportBody, req.body, 'body');
    const archive = unwrap(
      await this.exportLayer.execute(principalOf(req), layer_id as LayerId, { format: body.file_type as ExportFormat, fileName: body.file_name, crs: body.crs, query: body.query }),
    );
    res.status(200).type('application/zip').attachment(archive.fileName);
    const stream = createReadStream(archive.path);
    const release = () => void archive.release();
    res.on('close', release);
    stream.on('error', (error) => res.destroy(error));
    stream.pipe(res);
  }

  private async startImport(req: Request, res: Response, kind: 'feature' | 'table'): Promise<void> {
    const query = parseRequest(createLayerQuery, req.query, 'query');
    const body = parseRequest(createLayerBody, req.body, 'body');
    const job = unwrap(
      await this.createLayer.execute(principalOf(req), {
        kind,
        datasetId: body.dataset_id as DatasetId,
        folderId: body.folder_id as FolderId,
        name: body.name,
        description: body.description,
        projectId: query.project_id as ProjectId | undefined,
      }),
    );
    res.status(201).json({ job_id: job.id });
  }
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { ImportErrors } from '../../domain/import-export/import.errors';

export interface UploadSettings {
  readonly directory: string;
  readonly maxMegabytes: number;
}

export const UPLOAD_SETTINGS: unique symbol = Symbol('UploadSettings');

/**
 * Receives the multipart field `file` straight to disk under UPLOAD_DIR/incoming (never in memory),
 * under a name of our own; the size limit stops the transfer, not just the processing.
 */
export function receiveUpload(settings: UploadSettings): (req: Request, res: Response) => Promise<void> {
  const incoming = join(settings.directory, 'incoming');
  const handler = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, done) => {
        mkdirSync(incoming, { recursive: true });
        done(null, incoming);
      },
      filename: (_req, _file, done) => done(null, newId()),
    }),
    limits: { fileSize: settings.maxMegabytes * 1024 * 1024, files: 1, fields: 10, fieldSize: 1024 },
  }).single('file');
  return (req, res) =>
    new Promise<void>((resolve, reject) =>
      handler(req, res, (error: unknown) => {
        if (!error) return resolve();
        if (error instanceof multer.MulterError) {
          if (error.code === 'LIMIT_FILE_SIZE') return reject(ImportErrors.tooLarge(settings.maxMegabytes, 'Uploaded'));
          if (error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT') return reject(ImportErrors.fileMissing());
          return reject(new DomainError('request.malformed-upload', 'malformed', `The upload could not be read: ${error.message}.`));
        }
        reject(new DomainError('request.malformed-upload', 'malformed', 'The multipart body could not be read.'));
      }),
    );
}

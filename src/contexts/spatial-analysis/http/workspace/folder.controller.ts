import type { Request, Response } from 'express';
import { inject } from 'inversify';
import { controller, httpDelete, httpGet, httpPost, httpPut, request, response } from 'inversify-express-utils';
import { toPageRequest } from '../../../../shared-kernel/http-schemas';
import { parseRequest } from '../../../../shared-kernel/validation';
import type { FolderId } from '../../domain/workspace/folder';
import { CreateFolder } from '../../application/workspace/create-folder.use-case';
import { DeleteFolder } from '../../application/workspace/delete-folder.use-case';
import { GetFolder } from '../../application/workspace/get-folder.use-case';
import { ListFolders } from '../../application/workspace/list-folders.use-case';
import { RenameFolder } from '../../application/workspace/rename-folder.use-case';
import { principalOf, unwrap } from '../../../../shared-kernel/http-support';
import { folderBody, folderIdParams, folderListQuery, folderUpdateBody, toFolderResponse } from './folder.schemas';

@controller('/api/v2/folder')
export class FolderController {
  constructor(
    @inject(CreateFolder) private readonly createFolder: CreateFolder,
    @inject(ListFolders) private readonly listFolders: ListFolders,
    @inject(GetFolder) private readonly getFolder: GetFolder,
    @inject(RenameFolder) private readonly renameFolder: RenameFolder,
    @inject(DeleteFolder) private readonly deleteFolder: DeleteFolder,
  ) {}

  @httpPost('/')
  async create(@request() req: Request, @response() res: Response): Promise<void> {
    const body = parseRequest(folderBody, req.body, 'body');
    const folder = unwrap(await this.createFolder.execute(principalOf(req), body));
    res.status(201).json(toFolderResponse(folder));
  }

  @httpGet('/')
  async list(@request() req: Request, @response() res: Response): Promise<void> {
    const query = parseRequest(folderListQuery, req.query, 'query');
    const page = await this.listFolders.execute(principalOf(req), { search: query.search, page: toPageRequest(query) });
    res.json({ ...page, items: page.items.map(toFolderResponse) });
  }

  @httpGet('/:folder_id')
  async read(@request() req: Request, @response() res: Response): Promise<void> {
    const { folder_id } = parseRequest(folderIdParams, req.params, 'params');
    res.json(toFolderResponse(unwrap(await this.getFolder.execute(principalOf(req), folder_id as FolderId))));
  }

  @httpPut('/:folder_id')
  async rename(@request() req: Request, @response() res: Response): Promise<void> {
    const { folder_id } = parseRequest(folderIdParams, req.params, 'params');
    const { name } = parseRequest(folderUpdateBody, req.body, 'body');
    res.json(toFolderResponse(unwrap(await this.renameFolder.execute(principalOf(req), folder_id as FolderId, name))));
  }

  @httpDelete('/:folder_id')
  async remove(@request() req: Request, @response() res: Response): Promise<void> {
    const { folder_id } = parseRequest(folderIdParams, req.params, 'params');
    unwrap(await this.deleteFolder.execute(principalOf(req), folder_id as FolderId));
    res.status(204).end();
  }
}

import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { systemClock } from '../../../../shared-kernel/clock';
import { RegisterBaseStreetNetworkLayer } from '../../application/layers/register-base-street-network-layer';
import { ImportStreetNetworkUseCase } from '../../application/routing/import-street-network.use-case';
import { EnsureHomeFolder } from '../../application/workspace/ensure-home-folder.use-case';
import type { Layer } from '../../domain/layers/layer';
import { FolderSchema } from '../persistence/mikro-orm/folder.entity';
import { LayerSchema } from '../persistence/mikro-orm/layer.entity';
import { MikroOrmFolderRepository } from '../persistence/mikro-orm/mikro-orm-folder.repository';
import { MikroOrmLayerRepository } from '../persistence/mikro-orm/mikro-orm-layer.repository';
import { LayerPublishingStreetNetworkRepository } from './layer-publishing-street-network-repository';
import { OsmiumOsmStreetSource } from './osmium-osm-street-source';
import { PostgisStreetNetworkRepository } from './postgis-street-network-repository';

/** Where the app reads the base network from; other schemas are scratch copies (benchmarks, tests). */
export const BASE_NETWORK_SCHEMA = 'spatial_analysis';

export interface StreetNetworkImportDatabase {
  readonly importer: ImportStreetNetworkUseCase;
  /** The base layer the last import registered; null for scratch schemas or before a success. */
  publishedLayer(): Layer | null;
  close(): Promise<void>;
}

/**
 * What `network:import` runs on: bulk edges through `pg`, the layer record through the workspace's
 * own repositories (an ORM with just the folder and layer entities: contexts do not use the platform).
 */
export async function openStreetNetworkImportDatabase(databaseUrl: string, schema = BASE_NETWORK_SCHEMA): Promise<StreetNetworkImportDatabase> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const network = new PostgisStreetNetworkRepository(pool, schema);
  if (schema !== BASE_NETWORK_SCHEMA) {
    return { importer: new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), network), publishedLayer: () => null, close: () => pool.end() };
  }
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: [FolderSchema, LayerSchema],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 2 },
  });
  const homeFolder = new EnsureHomeFolder(new MikroOrmFolderRepository(orm.em), systemClock);
  const register = new RegisterBaseStreetNetworkLayer(new MikroOrmLayerRepository(orm.em), homeFolder, systemClock);
  const publishing = new LayerPublishingStreetNetworkRepository(network, register);
  return {
    importer: new ImportStreetNetworkUseCase(new OsmiumOsmStreetSource(), publishing),
    publishedLayer: () => publishing.lastPublished(),
    close: async () => {
      await orm.close(true);
      await pool.end();
    },
  };
}

/** Features and tiles as the platform's HTTP bridge needs them. */
import { CreateFeature } from './application/features/create-feature.use-case';
import { DeleteFeature } from './application/features/delete-feature.use-case';
import { GetCollection } from './application/features/get-collection.use-case';
import { GetFeature } from './application/features/get-feature.use-case';
import { GetVectorTile } from './application/features/get-vector-tile.use-case';
import { LayerStatistics } from './application/features/layer-statistics.use-case';
import { ListCollections } from './application/features/list-collections.use-case';
import { ListFeatures } from './application/features/list-features.use-case';
import { UpdateFeature } from './application/features/update-feature.use-case';
import { featuresOperations } from './http/features/features.operations';
import { LayerStatisticsController } from './http/features/layer-statistics.controller';
import { OgcFeatureEditingController } from './http/features/ogc-feature-editing.controller';
import { OgcFeaturesController } from './http/features/ogc-features.controller';
import { OgcVectorTileController } from './http/features/ogc-vector-tile.controller';
import { PublishedProjectFeaturesController } from './http/features/published-project-features.controller';

export const featuresHttp = {
  controllers: [OgcFeaturesController, OgcFeatureEditingController, OgcVectorTileController, LayerStatisticsController, PublishedProjectFeaturesController],
  tokens: [ListCollections, GetCollection, ListFeatures, GetFeature, CreateFeature, UpdateFeature, DeleteFeature, GetVectorTile, LayerStatistics],
  operations: featuresOperations,
};

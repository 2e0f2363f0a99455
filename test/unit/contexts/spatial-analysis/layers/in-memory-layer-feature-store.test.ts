import { InMemoryLayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/in-memory/in-memory-layer-feature.store';
import { describeLayerFeatureStoreContract } from '../../../../support/contracts/layer-feature-store.contract';

describeLayerFeatureStoreContract('in memory', () => new InMemoryLayerFeatureStore(), { repairs: false });

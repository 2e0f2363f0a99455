import { PostgisLayerFeatureStore } from '../../../../../src/contexts/spatial-analysis/adapters/persistence/postgis/postgis-layer-feature.store';
import { describeLayerFeatureStoreContract } from '../../../../support/contracts/layer-feature-store.contract';
import { workspaceOrm } from '../workspace-orm';

const db = workspaceOrm();

describeLayerFeatureStoreContract('PostGIS', () => new PostgisLayerFeatureStore(db.orm().em), { repairs: true });

describe('PostGIS layer tables', () => {
  it('are typed, keyed, valid by constraint and GiST-indexed in user_data', async () => {
    const store = new PostgisLayerFeatureStore(db.orm().em);
    const id = '01900000-0000-7000-8000-00000000abcd';
    await store.drop(id);
    await store.create(id, {
      geometryType: 'point',
      attributes: [{ name: 'Pupils', column: 'pupils', type: 'integer' }, { name: 'Name', column: 'name', type: 'text' }],
      async *features() {
        yield { geometry: { type: 'Point', coordinates: [7.42, 43.73] }, properties: { Pupils: 3, Name: 'A' } };
      },
    });
    const connection = db.orm().em.getConnection();
    const columns = await connection.execute(
      "SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'user_data' AND table_name = 'l_0190000000007000800000000000abcd' ORDER BY ordinal_position",
    );
    expect(columns.map((c: { column_name: string; udt_name: string }) => [c.column_name, c.udt_name])).toEqual([['id', 'int4'], ['pupils', 'int4'], ['name', 'text'], ['geom', 'geometry']]);
    const [geometry] = await connection.execute("SELECT type, srid FROM geometry_columns WHERE f_table_schema = 'user_data' AND f_table_name = 'l_0190000000007000800000000000abcd'");
    expect(geometry).toEqual({ type: 'POINT', srid: 4326 });
    const indexes = await connection.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = 'user_data' AND tablename = 'l_0190000000007000800000000000abcd'");
    expect(indexes.map((i: { indexdef: string }) => i.indexdef).join('\n')).toMatch(/USING gist \(geom\)/);
    expect(indexes.map((i: { indexdef: string }) => i.indexdef).join('\n')).toMatch(/PRIMARY KEY|_pkey/);
    const checks = await connection.execute("SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'user_data.l_0190000000007000800000000000abcd'::regclass AND contype = 'c'");
    expect(checks.map((c: { definition: string }) => c.definition).join('\n')).toMatch(/st_isvalid\(geom\)/i);
    await store.drop(id);
  });
});

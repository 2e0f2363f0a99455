/**
 * The module boundaries of conventions.md §3, enforced by `npm run lint` (and proven to fire by
 * test/unit/architecture/dependency-rules.test.ts on a fixture tree that breaks each rule).
 */
module.exports = {
  forbidden: [
    {
      name: 'context-public-api-only',
      comment: 'A context reaches another only through its index.ts.',
      severity: 'error',
      from: { path: '^src/contexts/([^/]+)/' },
      to: { path: '^src/contexts/', pathNot: ['^src/contexts/$1/', '^src/contexts/[^/]+/index\\.ts$'] },
    },
    {
      name: 'cross-context-only-from-adapters',
      comment: 'Only adapters/<other-context>/ may call another context.',
      severity: 'error',
      from: { path: '^src/contexts/([^/]+)/(domain|application|ports|http)/' },
      to: { path: '^src/contexts/', pathNot: '^src/contexts/$1/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain code imports only the domain, the shared kernel and GeoJSON types (and the pure math libraries listed).',
      severity: 'error',
      from: { path: '^src/contexts/[^/]+/domain/' },
      to: {
        pathNot: [
          '^src/contexts/[^/]+/domain/',
          '^src/shared-kernel/',
          '@types/geojson',
          // Pure computational geometry, no I/O (decision record in docs/architecture.md).
          'node_modules/(d3-contour|d3-array|internmap|polygon-clipping|h3-js|@turf/area|@turf/helpers|@turf/meta|splaytree|robust-predicates)/',
        ],
      },
    },
    {
      name: 'application-not-to-adapters-or-http',
      comment: 'Use cases and ports depend on ports, never on their implementations or on HTTP.',
      severity: 'error',
      from: { path: '^src/contexts/([^/]+)/(application|ports)/' },
      to: { path: '^src/contexts/$1/(adapters|http)/' },
    },
    {
      name: 'kernel-stands-alone',
      severity: 'error',
      from: { path: '^src/shared-kernel/' },
      to: { path: '^src/(contexts|platform)/' },
    },
    {
      name: 'contexts-do-not-know-platform',
      severity: 'error',
      from: { path: '^src/contexts/' },
      to: { path: '^src/platform/' },
    },
    {
      name: 'no-circular',
      comment: 'Cycles make load order fragile (undefined classes at injection time).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

// Three tiers as jest projects (docs/architecture.md#tests). Several field libraries ship ESM only;
// jest 30 on Node 20 runs CommonJS, so ts-jest transforms those packages too (allow-list below).
const esmOnly = [
  'jose', 'oidc-provider', 'd3-contour', 'd3-array', 'geojson-vt', 'rbush', 'quickselect', 'kdbush',
  'flatbush', 'flatqueue', 'internmap', 'uuid', '@koa', 'koa', 'quick-lru', 'nanoid', 'eta', 'oidc-token-hash',
];
const base = {
  preset: 'ts-jest/presets/js-with-ts',
  testEnvironment: 'node',
  transform: { '^.+\\.(m?js|tsx?)$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  testTimeout: 30000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/database-global-setup.ts',
    },
    {
      ...base,
      displayName: 'http',
      testMatch: ['<rootDir>/test/http/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/database-global-setup.ts',
    },
  ],
};

/**
 * The database the integration and HTTP tiers use. Refuses any database whose name lacks "test",
 * so a mistyped variable can never point the suites at real data.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/goat_test';
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.includes('test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
  return url;
}

/**
 * The two ways user input may reach SQL here: as a bound `$n` value, or as an identifier we chose
 * (a layer's known column), quoted. Nothing else is ever spliced into a statement.
 */
export class SqlParameters {
  readonly values: unknown[] = [];

  /** Binds a value and answers its placeholder, with a cast when the type must be explicit. */
  bind(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** PostgreSQL identifier quoting: double quotes, inner quotes doubled; NUL cannot be stored at all. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || name.includes('\u0000')) throw new Error('an identifier cannot be empty or contain NUL');
  return `"${name.replace(/"/g, '""')}"`;
}

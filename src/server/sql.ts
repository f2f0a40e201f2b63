/**
 * The one thing the stores need from a database: run a statement with `$1`-style parameters and
 * get rows back, alone or inside a transaction. SQLite and Postgres then share every statement.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  /** Runs one statement; returns its rows (those of RETURNING for writes). */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Which dialect the few statements that differ (schema types) are written for. */
  readonly dialect: 'sqlite' | 'postgres';
}

/** A number from a column that Postgres returns as text for BIGINT (and SQLite as a number). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

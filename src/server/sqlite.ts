/**
 * The embedded default store's database: one SQLite file through better-sqlite3, in WAL mode
 * with synchronous=FULL, so a committed write is on disk before the receiver answers 2xx.
 */
import Database from 'better-sqlite3';
import type { Row, Sql } from './sql.js';

/**
 * The shared statements number their parameters $1, $2…, which better-sqlite3 does not bind from
 * an array; each becomes a plain `?` and the values are laid out in the order they appear.
 */
function toSqlite(db: Database.Database, text: string): { statement: Database.Statement; order: number[] } {
  const order: number[] = [];
  const statement = db.prepare(text.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), '?')));
  return { statement, order };
}

const bindable = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

export function sqliteSql(file: string): Sql {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, ReturnType<typeof toSqlite>>();
  const run = <T extends Row>(text: string, params: readonly unknown[] = []): T[] => {
    let prepared = statements.get(text);
    if (!prepared) statements.set(text, (prepared = toSqlite(db, text)));
    const { statement, order } = prepared;
    const values = order.map((index) => bindable(params[index]));
    return statement.reader ? (statement.all(...values) as T[]) : (statement.run(...values), []);
  };
  // One connection serves every request: while a transaction is open, other statements wait for
  // it, or they would land inside it between its awaits.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T> | T): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const inside: Sql = {
    dialect: 'sqlite',
    query: async (text, params) => run(text, params),
    transaction: (work) => work(inside),
    close: async () => undefined,
  };
  return {
    dialect: 'sqlite',
    query: (text, params) => exclusive(() => run(text, params)),
    transaction: (work) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(inside);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () => exclusive(() => void db.close()),
  };
}

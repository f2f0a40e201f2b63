/**
 * The store's database when a site runs several receivers: Postgres through a `pg` pool. The
 * statements are the SQLite store's own.
 */
import type { Pool, PoolClient } from 'pg';
import type { Row, Sql } from './sql.js';

function clientSql(client: Pick<PoolClient, 'query'>): Sql {
  const sql: Sql = {
    dialect: 'postgres',
    query: async <T extends Row>(text: string, params: readonly unknown[] = []) => (await client.query(text, [...params])).rows as T[],
    transaction: (work) => work(sql),
    close: async () => undefined,
  };
  return sql;
}

export function postgresSql(pool: Pool): Sql {
  return {
    dialect: 'postgres',
    query: clientSql(pool).query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientSql(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A pool for a postgres:// URL; `pg` is loaded only by sites that use Postgres. */
export async function postgresFromUrl(url: string): Promise<Sql> {
  const { default: pg } = await import('pg');
  return postgresSql(new pg.Pool({ connectionString: url }));
}

import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { DatabaseHandle, Db } from '../client';
import * as schema from '../schema';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/** Runs `fn` on a twin of the handle's database that records every statement it sends. */
export async function captureQueries(handle: DatabaseHandle, fn: (db: Db) => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => captured.push({ sql, params }) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db =
    handle.engine === 'pglite'
      ? (drizzlePglite({ client: client as PGlite, schema, logger }) as unknown as Db)
      : (drizzleNodePg({ client: client as pg.Pool, schema, logger }) as unknown as Db);
  await fn(db);
  return captured;
}

export interface PlanNode {
  type: string;
  relation?: string;
  index?: string;
}

/** The plan PostgreSQL chooses for a statement, flattened to its nodes. */
export async function explain(handle: DatabaseHandle, query: CapturedQuery): Promise<PlanNode[]> {
  const client = (handle.db as unknown as { $client: { query: (sql: string, params: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> } }).$client;
  const result = await client.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params);
  const raw = result.rows[0]!['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: RawPlan }>;
  const nodes: PlanNode[] = [];
  const visit = (node: RawPlan) => {
    nodes.push({ type: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] });
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(plan[0]!.Plan);
  return nodes;
}

interface RawPlan {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: RawPlan[];
}

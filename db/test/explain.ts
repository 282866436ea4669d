import type { DatabaseHandle, Db } from '../client';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/** Runs `fn` on a twin of the handle's database that records every statement it sends. */
export async function captureQueries(handle: DatabaseHandle, fn: (db: Db) => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  await fn(handle.withLogger((sql, params) => captured.push({ sql, params })));
  return captured;
}

export interface PlanNode {
  type: string;
  relation?: string;
  index?: string;
}

/** The plan PostgreSQL chooses for a statement, flattened to its nodes. */
export async function explain(handle: DatabaseHandle, query: CapturedQuery): Promise<PlanNode[]> {
  const rows = await handle.rawQuery(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params);
  const raw = rows[0]!['QUERY PLAN'];
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

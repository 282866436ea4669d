import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { siteMeta } from '../schema';

/** Set when the demo set was loaded, so pages can say the data is invented. */
export const DEMO_DATA_KEY = 'demo_data';

export async function getSiteMeta<T = unknown>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select({ value: siteMeta.value }).from(siteMeta).where(eq(siteMeta.key, key)).limit(1);
  return (row?.value as T | undefined) ?? null;
}

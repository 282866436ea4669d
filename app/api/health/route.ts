import { getDatabaseHandle, pingDatabase } from '@/db/client';

export const dynamic = 'force-dynamic';

/** 200 when the database answers, 503 otherwise. For load balancers and uptime checks. */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  try {
    const handle = await getDatabaseHandle();
    if (await pingDatabase(handle.db)) {
      return Response.json({ status: 'ok' }, { headers });
    }
  } catch (error) {
    console.error('[health] database unavailable:', error instanceof Error ? error.message : error);
  }
  return Response.json({ status: 'unavailable' }, { status: 503, headers });
}

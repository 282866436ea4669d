import { getDatabaseHandle } from '@/db/client';
import { databaseAnswers } from '@/server/database-watch';
import { isDraining } from '@/server/process-state';
import { errorFields, logger } from '@/lib/logger';

export const dynamic = 'force-dynamic';

/**
 * 200 when the database answers, 503 otherwise, and 503 while the server drains before it
 * stops, so that a load balancer sends it nothing new. For load balancers and uptime checks.
 */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  if (isDraining()) return Response.json({ status: 'draining' }, { status: 503, headers });
  try {
    const handle = await getDatabaseHandle();
    if (await databaseAnswers(handle.db)) {
      return Response.json({ status: 'ok' }, { headers });
    }
  } catch (error) {
    logger().error(errorFields(error), 'health check: database unavailable');
  }
  return Response.json({ status: 'unavailable' }, { status: 503, headers });
}

import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine, useTestDatabase } from '../test/database';
import { createStaff } from '../test/factories';
import { endStaffSession, IDLE_MINUTES, SESSION_HOURS, startStaffSession, touchStaffSession } from './staff-sessions';
import { updateUserAccess } from './users';

describeEachEngine('staff sessions', (engine) => {
  const database = useTestDatabase(engine);

  it('lives until sign-out, and no longer, on any connection', async () => {
    const [staff] = await createStaff(database.db, 1);
    const id = await startStaffSession(database.db, staff!.id);
    expect(await touchStaffSession(database.db, id)).toMatchObject({ userId: staff!.id, role: 'moderator', secondFactor: false });
    const other = await startStaffSession(database.db, staff!.id);
    await endStaffSession(database.db, id);
    expect(await touchStaffSession(database.db, id)).toBeNull();
    // Signing out on one device leaves the other signed in.
    expect(await touchStaffSession(database.db, other)).not.toBeNull();
    expect(await touchStaffSession(database.db, 'x'.repeat(43))).toBeNull();
  });

  it(`ends ${SESSION_HOURS} hours after sign-in however busy, and after ${IDLE_MINUTES} idle minutes`, async () => {
    const [staff] = await createStaff(database.db, 1);
    const busy = await startStaffSession(database.db, staff!.id);
    await database.db.execute(sql`UPDATE staff_sessions SET created_at = now() - interval '12 hours 1 minute', expires_at = now() - interval '1 minute'`);
    expect(await touchStaffSession(database.db, busy)).toBeNull();

    const idle = await startStaffSession(database.db, staff!.id);
    await database.db.execute(sql`UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE ended_at IS NULL AND expires_at > now()`);
    expect(await touchStaffSession(database.db, idle)).not.toBeNull();
    // That request counted as activity; half an hour without one ends it.
    await database.db.execute(sql`UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE ended_at IS NULL AND expires_at > now()`);
    expect(await touchStaffSession(database.db, idle)).toBeNull();
  });

  it('ends when the account is disabled', async () => {
    const [staff] = await createStaff(database.db, 1);
    const id = await startStaffSession(database.db, staff!.id);
    await updateUserAccess(database.db, { email: staff!.email, change: { disabled: true }, actor: { id: null, label: 'test' } });
    expect(await touchStaffSession(database.db, id)).toBeNull();
  });
});

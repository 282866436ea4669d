import { expect, test as setup } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { signInWithForm } from './admin/helpers';
import { E2E_STAFF } from './staff';
import { STAFF_STATE } from './staff-state';

/** Signs the moderator and the admin (with a code from their app) in once, through the form, and saves their sessions. */
for (const who of ['moderator', 'admin'] as const) {
  setup(`sign in as the e2e ${who}`, async ({ page }) => {
    const account = E2E_STAFF[who];
    await signInWithForm(page, who, 'totpKey' in account ? TOTP.generate({ secret: Secret.fromBase32(account.totpKey) }) : undefined);
    await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
    await page.context().storageState({ path: STAFF_STATE[who] });
  });
}

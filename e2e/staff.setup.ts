import { expect, test as setup } from '@playwright/test';
import { signInWithForm } from './admin/helpers';
import { STAFF_STATE } from './staff-state';

/** Signs the moderator and the admin in once, through the form, and saves their sessions. */
for (const who of ['moderator', 'admin'] as const) {
  setup(`sign in as the e2e ${who}`, async ({ page }) => {
    await signInWithForm(page, who);
    await expect(page.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();
    await page.context().storageState({ path: STAFF_STATE[who] });
  });
}

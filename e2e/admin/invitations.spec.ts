import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const address = (kind: string) => `${kind}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@newstaff.example`;

test('an admin invites a moderator, who opens the account from the link and signs in', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/users');
  const email = address('moderator');

  // A mistake first: the answers stay and each gets its own message.
  await admin.getByLabel('Email').fill('not-an-address');
  await admin.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(admin.getByText('Enter their email address, like name@example.org.').first()).toBeVisible();
  await expect(admin.getByText('Enter their name, as colleagues know them.').first()).toBeVisible();
  await expect(admin.getByLabel('Email')).toHaveValue('not-an-address');

  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Name').fill('Meera Iyer');
  await admin.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await admin.getByLabel(/Send them this link yourself/).inputValue();
  expect(link).toMatch(/\/login\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByRole('row', { name: new RegExp(email) })).toContainText('link works until');

  // A context of its own: the person invited is someone else, on another computer.
  const invited = await (await browser.newContext()).newPage();
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByRole('heading', { name: 'Join the moderation team' })).toBeVisible();
  await expect(invited.getByText(email)).toBeVisible();
  const serious = (await new AxeBuilder({ page: invited }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
  await invited.getByLabel('Choose a password').fill('a long passphrase for moderating');
  await invited.getByLabel('Type it again').fill('a long passphrase for moderatin');
  await invited.getByRole('button', { name: 'Open my account' }).click();
  await expect(invited.getByText('The two passwords are not the same.')).toBeVisible();
  await expect(invited.getByLabel('Your name')).toHaveValue('Meera Iyer');
  await invited.getByLabel('Choose a password').fill('a long passphrase for moderating');
  await invited.getByLabel('Type it again').fill('a long passphrase for moderating');
  await invited.getByRole('button', { name: 'Open my account' }).click();

  await expect(invited.getByText(`Your account is open. Sign in with ${email}`)).toBeVisible();
  await invited.getByLabel('Email').fill(email);
  await invited.getByLabel('Password').fill('a long passphrase for moderating');
  await invited.getByRole('button', { name: 'Sign in' }).click();
  await expect(invited.getByRole('heading', { name: 'Moderation dashboard' })).toBeVisible();

  // The link opened one account, once.
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByText('This invitation has already been used.')).toBeVisible();
  await admin.goto('/admin/users');
  await expect(admin.getByRole('row', { name: new RegExp(email) }).first()).toContainText('moderator');
  await admin.close();
  await invited.close();
});

test('an admin’s invitation waits for a second admin, and the inviter cannot approve it', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/users');
  const email = address('admin');
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Name').fill('Tomás Reyes');
  await admin.getByRole('radio', { name: /^Admin/ }).check();
  await admin.getByRole('button', { name: 'Create invitation link' }).click();
  await expect(admin.getByRole('status')).toContainText('it works once a second admin approves it');
  const link = await admin.getByLabel(/Send them this link yourself/).inputValue();

  const row = admin.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('waiting for a second admin');
  await expect(row.getByRole('button', { name: /Approve/ })).toHaveCount(0);

  const invited = await browser.newPage();
  await invited.goto(new URL(link).pathname);
  await expect(invited.getByText('a second admin has not approved it yet')).toBeVisible();
  await expect(invited.getByRole('button', { name: 'Open my account' })).toHaveCount(0);

  await row.getByRole('button', { name: /Withdraw/ }).click();
  await expect(admin.getByRole('status')).toContainText(`Withdrawn: the link sent to ${email} no longer works.`);
  await invited.reload();
  await expect(invited.getByText('This invitation link is not valid')).toBeVisible();
  await admin.close();
  await invited.close();
});

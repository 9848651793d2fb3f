import { accounts, demoPassword } from '@tests/fixtures';
import { renderApp, screen, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';

const sections = ['Today', 'Requests', 'Schedule', 'Series', 'Follow-ups', 'Patients'];

describe('signing in', () => {
  it.each([
    ['front_desk', 'Front desk', false],
    ['clinician', 'Clinician', false],
    ['admin', 'Admin', true],
  ] as const)('as %s shows the navigation of that role', async (role, roleLabel, seesSettings) => {
    const { user } = await renderApp({ url: '/login', as: null });

    await user.type(await screen.findByLabelText(/work email/i), accounts[role]);
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const section of sections) {
      expect(within(nav).getByRole('link', { name: new RegExp(`^${section}`) })).toBeVisible();
    }
    for (const adminSection of ['Settings', 'Staff', 'Audit trail']) {
      expect(within(nav).queryByRole('link', { name: adminSection }) !== null).toBe(seesSettings);
    }
    expect(screen.getByText(roleLabel)).toBeVisible();
  });

  it('explains wrong credentials and keeps the email typed', async () => {
    const { user } = await renderApp({ url: '/login', as: null });

    await user.type(await screen.findByLabelText(/work email/i), accounts.front_desk);
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(screen.getByLabelText(/work email/i)).toHaveValue(accounts.front_desk);
  });

  it('sends a signed-out person to sign-in and back to the page they asked for', async () => {
    const { user, router } = await renderApp({ url: '/series', as: null });

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(screen.getByLabelText(/work email/i), accounts.clinician);
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Series' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/series');
  });

  it('keeps front desk and clinicians out of the settings page', async () => {
    await renderApp({ url: '/settings', as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: '403 Forbidden' })).toBeVisible();
  });
});

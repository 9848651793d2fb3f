import { buildContactRequest } from '@mocks/data/factories';
import { db } from '@mocks/server/db';
import { accounts, demoPassword } from '@tests/fixtures';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { getToken, setToken } from '@/lib/auth-token';

describe('an expired session', { timeout: 40_000 }, () => {
  it('signs in again over the page, keeping what was typed, and the change can then be sent', async () => {
    const request = buildContactRequest({ name: 'Kim Keepform', preferredContactMethod: 'phone' });
    db.contactRequests.set(request.id, request);
    const { user, router } = await renderApp({ url: `/requests/${request.id}`, as: 'front_desk' });
    const drawer = within(await screen.findByRole('dialog', { name: 'Kim Keepform' }, { timeout: 5000 }));
    await user.click(drawer.getByRole('radio', { name: 'Voicemail' }));
    await user.type(drawer.getByRole('textbox', { name: 'Note' }), 'Left our number twice');

    db.tokens.clear();
    await user.click(drawer.getByRole('button', { name: 'Log attempt' }));

    const again = await screen.findByRole('dialog', { name: 'Your session has ended' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/requests/${request.id}`);
    expect(getToken()).toBeNull();
    expect(within(again).getByRole('textbox', { name: /work email/i })).toHaveValue(accounts.front_desk);
    await user.type(within(again).getByLabelText(/^password/i, { selector: 'input' }), demoPassword);
    await user.click(within(again).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your session has ended' })).toBeNull(), {
      timeout: 5000,
    });

    // The form is as it was; sending it again saves the attempt.
    expect(drawer.getByRole('textbox', { name: 'Note' })).toHaveValue('Left our number twice');
    expect(drawer.getByRole('radio', { name: 'Voicemail' })).toBeChecked();
    await user.click(drawer.getByRole('button', { name: 'Log attempt' }));
    await waitFor(() => expect(db.contactRequests.get(request.id)?.attempts).toHaveLength(1), { timeout: 5000 });
    expect(db.contactRequests.get(request.id)?.attempts[0]?.note).toBe('Left our number twice');
  });

  it('a page opened with an expired session goes to sign-in, then back there', async () => {
    setToken('a-token-the-server-no-longer-knows');
    const { user, router } = await renderApp({ url: '/patients', as: null });

    expect(await screen.findByText(/your session has expired/i)).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    await user.type(screen.getByLabelText(/work email/i), accounts.front_desk);
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/patients'));
  });

  it('signing out clears the session and every cached record', async () => {
    const { user, router, queryClient } = await renderApp({ url: '/', as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(getToken()).toBeNull();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});

import { db } from '@mocks/server/db';
import { accounts, demoPassword } from '@tests/fixtures';
import { renderApp, screen, waitFor } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';
import { getToken } from '@/lib/auth-token';

describe('an expired session', () => {
  it('returns to sign-in, then back to where the person was, with cached data cleared', async () => {
    const { user, router, queryClient } = await renderApp({ url: '/follow-ups', as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: 'Follow-ups' })).toBeVisible();

    db.tokens.clear();
    await queryClient.invalidateQueries();

    expect(await screen.findByText(/your session has expired/i)).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(getToken()).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);

    await user.type(screen.getByLabelText(/work email/i), accounts.front_desk);
    await user.type(screen.getByLabelText(/^password/i, { selector: 'input' }), demoPassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/follow-ups'));
    expect(await screen.findByRole('heading', { name: 'Follow-ups' })).toBeVisible();
  });

  it('signing out clears the session and every cached record', async () => {
    const { user, router, queryClient } = await renderApp({ url: '/', as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(getToken()).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});

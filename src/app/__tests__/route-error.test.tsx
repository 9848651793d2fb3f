import { failNext } from '@mocks/runtime/network';
import { server } from '@mocks/runtime/node';
import { renderApp, screen, signInAs, within } from '@tests/test-utils';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

describe('a route whose data fails', () => {
  it('explains the failure and recovers on retry', async () => {
    await signInAs('front_desk');
    failNext(3, 'server'); // the first try and both automatic retries
    const { user } = await renderApp({ url: '/', as: null });

    expect(await screen.findByRole('heading', { name: 'Something went wrong on the server' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  it('tells staff in plain words when an answer breaks the contract, with the detail for support folded away', async () => {
    await signInAs('front_desk');
    server.use(http.get('/api/auth/me', () => HttpResponse.json({ id: 42 })));
    await renderApp({ url: '/', as: null });

    const heading = await screen.findByRole('heading', { name: 'The server sent something unexpected' });
    const alert = heading.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('The error is not announced');
    expect(alert).toHaveTextContent("The server's answer could not be read, so nothing new is shown.");
    const support = within(alert).getByText('Technical detail for support');
    expect(support.closest('details')).not.toHaveAttribute('open');
    expect(support.closest('details')).toHaveTextContent('Unexpected response from GET /auth/me: id:');
  });

  it('shows a not-found page for an unknown address', async () => {
    await renderApp({ url: '/no-such-page', as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

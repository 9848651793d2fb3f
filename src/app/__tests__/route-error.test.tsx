import { failNext } from '@mocks/runtime/network';
import { renderApp, screen, signInAs } from '@tests/test-utils';
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

  it('shows a not-found page for an unknown address', async () => {
    await renderApp({ url: '/no-such-page', as: 'front_desk' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

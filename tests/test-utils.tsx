import { type RenderResult, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '@/app/app';
import { createRoutes } from '@/app/router';
import { apiRequest } from '@/lib/api-client';
import { setToken } from '@/lib/auth-token';
import { createQueryClient } from '@/lib/query-client';
import { authEndpoints } from '@/shared/auth/api/endpoints';
import { type AccountRole, accounts, demoPassword } from './fixtures';

/** Signs in through the real (mock) API and keeps the token, as the login page would. */
export async function signInAs(role: AccountRole): Promise<string> {
  const session = await apiRequest(authEndpoints.login, { body: { email: accounts[role], password: demoPassword } });
  setToken(session.token);
  return session.token;
}

type RenderAppOptions = { url?: string; as?: AccountRole | null };

/** Renders the whole app (real routes, providers and mock API) at `url`, signed in as `as`. */
export async function renderApp({ url = '/', as = 'front_desk' }: RenderAppOptions = {}) {
  if (as) await signInAs(as);
  const queryClient = createQueryClient();
  // Same retry policy as the app, without the back-off wait.
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 0 } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view: RenderResult = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}

export * from '@testing-library/react';

import { type RenderResult, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { expect } from 'vitest';
import { App } from '@/app/app';
import { PublicFormApp } from '@/app/public-form/public-form-app';
import { createRoutes } from '@/app/router';
import { apiRequest } from '@/lib/api-client';
import { startSession } from '@/lib/auth-token';
import { createQueryClient } from '@/lib/query-client';
import { authEndpoints } from '@/shared/auth/api/endpoints';
import { type AccountRole, accounts, demoPassword } from './fixtures';

/** Signs in through the real (mock) API and keeps the token, as the login page would. */
export async function signInAs(role: AccountRole): Promise<string> {
  const session = await apiRequest(authEndpoints.login, { body: { email: accounts[role], password: demoPassword } });
  if (!session.token) throw new Error('The mock answers sign-in with a bearer token');
  startSession(session.token);
  return session.token;
}

/** The app's query client, with the same retry policy, without the back-off wait. */
function testQueryClient() {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 0 } });
  return queryClient;
}

type RenderAppOptions = { url?: string; as?: AccountRole | null };

/** Renders the whole app (real routes, providers and mock API) at `url`, signed in as `as`. */
export async function renderApp({ url = '/', as = 'front_desk' }: RenderAppOptions = {}) {
  if (as) await signInAs(as);
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view: RenderResult = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}

/** Renders the patient-facing form's own app (request-appointment.html's), signed in as nobody. */
export function renderPublicForm() {
  const user = userEvent.setup();
  const view: RenderResult = render(<PublicFormApp />);
  return { ...view, user };
}

type User = ReturnType<typeof userEvent.setup>;

/**
 * Opens a Mantine date picker and clicks a day by its label ('Mon 30 Nov 2026'). The day is
 * looked up hidden: jsdom has no layout, so Mantine hides a dropdown it finds "detached" as soon
 * as it has positioned it, which may come before or after the lookup. A disabled day (one
 * without free slots, until the data that enables it has loaded) would take no click.
 */
export async function pickDate(user: User, control: HTMLElement, day: string): Promise<void> {
  await user.click(control);
  // The day in this control's own calendar: another picker's dropdown may still be mounted.
  const dropdown = await waitFor(() => {
    const id = control.getAttribute('aria-controls');
    const element = id ? document.getElementById(id) : null;
    if (!element) throw new Error('The date picker did not open');
    return element;
  });
  const button = await within(dropdown).findByRole('button', { name: day, hidden: true });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  await waitFor(() => expect(control).toHaveTextContent(day));
}

export * from '@testing-library/react';

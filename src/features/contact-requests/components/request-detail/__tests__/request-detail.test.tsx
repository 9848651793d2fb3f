import { buildAttempt, buildContactRequest } from '@mocks/data/factories';
import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { accounts, fixedNow } from '@tests/fixtures';
import { renderApp, screen, waitFor, within } from '@tests/test-utils';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from '@/config/env';
import type { ContactRequest } from '@/features/contact-requests/schemas';

function addRequest(overrides: Partial<ContactRequest> = {}): ContactRequest {
  const request = buildContactRequest({ name: 'Tess Triage', ...overrides });
  db.contactRequests.set(request.id, request);
  return request;
}

async function openDrawer(request: ContactRequest) {
  const app = await renderApp({ url: `/requests/${request.id}` });
  const drawer = await screen.findByRole('dialog', { name: request.name }, { timeout: 5000 });
  return { ...app, drawer: within(drawer), drawerElement: drawer };
}

const stored = (id: string) => db.contactRequests.get(id);

describe('a request opened from the inbox', { timeout: 40_000 }, () => {
  it('is triaged end to end: voicemail, reached call, not a candidate', async () => {
    const request = addRequest({ preferredTimes: ['afternoon'], preferredContactMethod: 'phone' });
    const { user, drawer } = await openDrawer(request);

    expect(drawer.getByText('New')).toBeInTheDocument();
    expect(drawer.getByText(/Suggested first attempt/)).toHaveTextContent('Wed 25 Nov 2026, 12:00');
    expect(drawer.getByText('No contact attempts yet.')).toBeInTheDocument();

    await user.click(drawer.getByRole('radio', { name: 'Voicemail' }));
    await user.type(drawer.getByRole('textbox', { name: 'Note' }), 'Left a message');
    await user.click(drawer.getByRole('button', { name: 'Log attempt' }));

    const log = drawer.getByRole('list', { name: 'Contact attempt log' });
    expect(await within(log).findByText('Left a message')).toBeInTheDocument();
    await waitFor(() => expect(stored(request.id)?.attempts).toHaveLength(1));
    expect(stored(request.id)).toMatchObject({ status: 'contacting', firstContactAt: fixedNow });
    expect(await drawer.findByText('Contacting')).toBeInTheDocument();
    // First contact in clinic time (New York), and the form is ready for the next attempt.
    expect(drawer.getByText(/Wed 25 Nov 2026, 10:00, after/)).toBeInTheDocument();
    await waitFor(() => expect(drawer.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    // Focus comes back to the form (the button was disabled while sending), not to the page.
    await waitFor(() => expect(drawer.getByRole('radio', { name: 'Phone call' })).toHaveFocus());
    expect(drawer.getByText(/Suggested next attempt/)).toHaveTextContent('Wed 25 Nov 2026, 12:00');

    await user.click(drawer.getByRole('radio', { name: 'Reached' }));
    await user.type(drawer.getByRole('textbox', { name: 'Note' }), 'Large veins');
    await user.click(drawer.getByRole('button', { name: 'Log attempt' }));
    await waitFor(() => expect(stored(request.id)?.attempts).toHaveLength(2));
    const entries = within(log).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Reached');
    expect(entries[0]).toHaveTextContent(/Phone call by .+, Wed 25 Nov 2026, 10:00/);
    expect(entries[1]).toHaveTextContent('Voicemail');
    await waitFor(() => expect(drawer.queryByText(/Suggested next attempt/)).not.toBeInTheDocument());

    await user.click(drawer.getByRole('button', { name: 'Not a candidate…' }));
    const reason = drawer.getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    await user.click(drawer.getByRole('button', { name: 'Larger varicose veins: refer on' }));
    await user.click(drawer.getByRole('button', { name: 'Mark not a candidate' }));

    expect(await drawer.findByText('Not a candidate')).toBeInTheDocument();
    await waitFor(() =>
      expect(stored(request.id)).toMatchObject({
        status: 'not_candidate',
        statusReason: 'Larger varicose veins: refer on',
      }),
    );
    expect(drawer.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(drawer.queryByRole('button', { name: 'Log attempt' })).not.toBeInTheDocument();
    expect(drawer.queryByRole('button', { name: /book/i })).not.toBeInTheDocument();
  });

  it('shows the change at once and rolls it back with a message when the server fails', async () => {
    const request = addRequest();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(
        `${apiBaseUrl}/contact-requests/:id/actions`,
        async () => {
          await held;
          return HttpResponse.json(
            {
              type: 'https://veindesk.example/problems/server-error',
              title: 'The server fell over',
              status: 500,
              detail: 'Try again in a minute.',
            },
            { status: 500 },
          );
        },
        { once: true },
      ),
    );
    const { user, drawer } = await openDrawer(request);

    await user.click(drawer.getByRole('button', { name: 'Not a candidate…' }));
    await user.type(drawer.getByRole('textbox', { name: 'Reason' }), 'Wants laser hair removal');
    await user.click(drawer.getByRole('button', { name: 'Mark not a candidate' }));

    // Optimistic: the new status shows while the server is still answering.
    expect(await drawer.findByText('Not a candidate')).toBeInTheDocument();
    expect(drawer.queryByText('New')).not.toBeInTheDocument();
    release();

    // Said in the drawer, where the person is working: no toast over its buttons.
    const refusal = await drawer.findByRole('alert', { name: 'The server fell over' });
    expect(refusal).toHaveTextContent('Try again in a minute. The change was undone.');
    expect(screen.getAllByText(/Try again in a minute/)).toHaveLength(1);
    expect(await drawer.findByText('New')).toBeInTheDocument();
    expect(drawer.queryByText('Not a candidate')).not.toBeInTheDocument();
    // The form came back with what was typed.
    expect(drawer.getByRole('textbox', { name: 'Reason' })).toHaveValue('Wants laser hair removal');
    expect(stored(request.id)).toMatchObject({ status: 'new', version: request.version });
  });

  it('keeps what was typed and shows the newer data when someone else changed the request', async () => {
    const request = addRequest();
    const { user, drawer } = await openDrawer(request);

    await user.click(drawer.getByRole('button', { name: 'Not a candidate…' }));
    await user.type(drawer.getByRole('textbox', { name: 'Reason' }), 'Only wants treatment on her hands');

    // A colleague corrects the phone number while this person is typing.
    db.contactRequests.set(request.id, { ...request, phone: '+12125550199', version: request.version + 1 });
    await user.click(drawer.getByRole('button', { name: 'Mark not a candidate' }));

    const stale = await drawer.findByRole('alert', { name: 'This request changed' });
    expect(stale).toHaveTextContent(/Someone else changed this request.*review and submit again/);
    expect(screen.getAllByText(/Someone else changed this request/)).toHaveLength(1);
    expect(await drawer.findByText('(212) 555-0199')).toBeInTheDocument();
    expect(drawer.getByRole('textbox', { name: 'Reason' })).toHaveValue('Only wants treatment on her hands');
    expect(stored(request.id)?.status).toBe('new');

    await user.click(drawer.getByRole('button', { name: 'Mark not a candidate' }));
    await waitFor(() =>
      expect(stored(request.id)).toMatchObject({
        status: 'not_candidate',
        statusReason: 'Only wants treatment on her hands',
      }),
    );
    // The change went through: the notice has served its purpose.
    await waitFor(() => expect(drawer.queryByRole('alert', { name: 'This request changed' })).not.toBeInTheDocument());
  });

  it('says in a toast why a change was refused when the drawer closed before the answer', async () => {
    const request = addRequest();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(
        `${apiBaseUrl}/contact-requests/:id/actions`,
        async () => {
          await held;
          return HttpResponse.json(
            { type: 'about:blank', title: 'The server fell over', status: 500, detail: 'Try again in a minute.' },
            { status: 500 },
          );
        },
        { once: true },
      ),
    );
    const { user, drawer } = await openDrawer(request);
    await user.click(drawer.getByRole('button', { name: 'Move to contacting' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    release();

    expect(await screen.findByText('The server fell over')).toBeInTheDocument();
    expect(screen.getByText('Try again in a minute. The change was undone.')).toBeInTheDocument();
  });

  it('renders a hostile message as text', async () => {
    const message = '<img src=x onerror="window.__pwned = true"> please call after 5';
    const request = addRequest({ message });
    const { drawerElement } = await openDrawer(request);

    expect(within(drawerElement).getByText(message)).toBeInTheDocument();
    expect(drawerElement.querySelector('img')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('links a possible duplicate to the matching patient', async () => {
    const request = addRequest({
      duplicateOf: { kind: 'patient', id: 'pat_00042', name: 'Rosa Match', matchedOn: 'email' },
    });
    const { drawer } = await openDrawer(request);

    expect(drawer.getByText('Possible duplicate')).toBeInTheDocument();
    expect(drawer.getByRole('link', { name: 'Rosa Match' })).toHaveAttribute('href', '/patients/pat_00042');
  });

  it('suggests closing as unreachable after the failed attempts and pre-fills the close form', async () => {
    const attempts = ['2026-11-23T14:00:00Z', '2026-11-24T14:00:00Z', '2026-11-25T14:00:00Z'].map((at) =>
      buildAttempt({ at: new Date(at).toISOString(), outcome: 'no_answer' }),
    );
    const request = addRequest({
      status: 'contacting',
      attempts,
      attemptCount: 3,
      lastAttemptAt: attempts[2]?.at ?? null,
      firstContactAt: attempts[0]?.at ?? null,
    });
    const { user, drawer } = await openDrawer(request);

    expect(drawer.getByText('Consider closing as unreachable')).toBeInTheDocument();
    await user.click(drawer.getByRole('button', { name: 'Close as unreachable…' }));
    expect(drawer.getByRole('radio', { name: 'Unreachable' })).toBeChecked();
    expect(drawer.getByRole('textbox', { name: 'Reason' })).toHaveValue('Not reached after 3 attempts');
    await user.click(drawer.getByRole('button', { name: 'Close request' }));

    await waitFor(() => expect(stored(request.id)).toMatchObject({ status: 'closed', closeReason: 'unreachable' }));
    expect(await drawer.findByText('Closed: Unreachable')).toBeInTheDocument();
  });

  it('assigns the request to the signed-in person', async () => {
    const request = addRequest();
    const { user, drawer } = await openDrawer(request);

    await user.click(drawer.getByRole('button', { name: 'Assign to me' }));
    await waitFor(() => expect(stored(request.id)?.assigneeId).not.toBeNull());
    const me = [...db.staff.values()].find((member) => member.email === accounts.front_desk);
    expect(stored(request.id)?.assigneeId).toBe(me?.id);
    await waitFor(() => expect(drawer.queryByRole('button', { name: 'Assign to me' })).not.toBeInTheDocument());
  });

  it('says so when the request does not exist', async () => {
    await renderApp({ url: '/requests/req_99999' });
    const drawer = await screen.findByRole('dialog', { name: 'Request not found' }, { timeout: 5000 });
    expect(within(drawer).getByText(/There is no contact request at this address/)).toBeInTheDocument();
  });

  it('closes back to the inbox keeping its search', async () => {
    const request = addRequest();
    const { user, router } = await renderApp({ url: `/requests/${request.id}?sort=receivedAt&order=desc` });
    await screen.findByRole('dialog', { name: request.name }, { timeout: 5000 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/requests'));
    expect(router.state.location.search).toBe('?sort=receivedAt&order=desc');
  });

  it('hands an open request to the booking flow', async () => {
    const request = addRequest({ status: 'contacting' });
    const { user, drawer, router } = await openDrawer(request);

    await user.click(drawer.getByRole('link', { name: 'Book treatment series' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/series/book'));
    expect(router.state.location.search).toBe(`?requestId=${request.id}`);
  });

  it('offers no booking for a closed request', async () => {
    const request = addRequest({ status: 'closed', closeReason: 'declined', statusReason: 'Not now' });
    const { drawer } = await openDrawer(request);
    expect(drawer.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(drawer.queryByRole('link', { name: 'Book treatment series' })).not.toBeInTheDocument();
  });
});

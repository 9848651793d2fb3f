import { clock } from '@mocks/runtime/clock';
import { db } from '@mocks/server/db';
import { pickDate, renderApp, screen, waitFor, within } from '@tests/test-utils';
import { describe, expect, it } from 'vitest';

const slow = { timeout: 30_000 };

/** A new request of the typical clinic, asking to be called in the afternoon, not tried yet. */
function afternoonRequest() {
  const request = [...db.contactRequests.values()].find((candidate) => candidate.status === 'new');
  if (!request) throw new Error('The typical clinic has a new request');
  db.contactRequests.set(request.id, { ...request, preferredTimes: ['afternoon'], lastAttemptAt: null, attempts: [] });
  return request;
}

const callbacksFor = (requestId: string) =>
  [...db.followUps.values()].filter(
    (call) => call.reason === 'request_callback' && call.subject.kind === 'request' && call.subject.id === requestId,
  );

describe('calling back a contact request', { timeout: 90_000 }, () => {
  it('suggests their preferred time, schedules the callback once and links to it in the queue', async () => {
    const request = afternoonRequest();
    // Wednesday 25 November, 10:00 in New York: the afternoon starts at noon.
    const { user } = await renderApp({ url: `/requests/${request.id}`, as: 'front_desk' });
    const drawer = await screen.findByRole('dialog', { name: request.name }, slow);
    await user.click(await within(drawer).findByRole('button', { name: 'Call back at…' }, slow));

    const form = within(drawer).getByRole('form', { name: `Call ${request.name} back` });
    const date = within(form).getByRole('button', { name: 'Date' });
    expect(date).toHaveTextContent('Wed 25 Nov 2026');
    expect(within(form).getByRole('combobox', { name: 'Time' })).toHaveValue('12:00');

    await pickDate(user, date, 'Fri 27 Nov 2026');
    await user.click(within(form).getByRole('combobox', { name: 'Time' }));
    await user.click(await screen.findByRole('option', { name: '16:30', hidden: true }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Note for the caller' }),
      'Asked for after school pick-up',
    );
    await user.dblClick(within(form).getByRole('button', { name: 'Schedule callback' }));

    const done = await within(drawer).findByRole('status', {}, slow);
    expect(done).toHaveTextContent('Callback scheduled');
    expect(done).toHaveTextContent('Due Fri 27 Nov 2026, 16:30');
    const calls = callbacksFor(request.id);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      dueAt: '2026-11-27T21:30:00.000Z',
      note: 'Asked for after school pick-up',
      status: 'due',
    });

    await user.click(within(done).getByRole('link', { name: 'Open the call' }));
    const call = await screen.findByRole('dialog', { name: `Call ${request.name}` }, slow);
    expect(call).toHaveTextContent('Asked for after school pick-up');
  });

  it('says why a time is refused and keeps what was typed', async () => {
    const request = afternoonRequest();
    const { user } = await renderApp({ url: `/requests/${request.id}`, as: 'front_desk' });
    const drawer = await screen.findByRole('dialog', { name: request.name }, slow);
    await user.click(await within(drawer).findByRole('button', { name: 'Call back at…' }, slow));
    const form = within(drawer).getByRole('form', { name: `Call ${request.name} back` });
    await user.type(within(form).getByRole('textbox', { name: 'Note for the caller' }), 'Mornings are no good');
    // Noon today passes while the form is open: the server's clock has moved on to 13:00.
    clock.setNow('2026-11-25T18:00:00.000Z');
    await user.click(within(form).getByRole('button', { name: 'Schedule callback' }));

    await waitFor(() => expect(within(form).getByText('Choose a time in the future.')).toBeInTheDocument(), slow);
    expect(within(form).getByRole('textbox', { name: 'Note for the caller' })).toHaveValue('Mornings are no good');
    expect(callbacksFor(request.id)).toHaveLength(0);
  });
});

import { buildContactRequest } from '@mocks/data/factories';
import { db } from '@mocks/server/db';
import { describe, expect, it, onTestFinished } from 'vitest';
import { stubScrollLayout } from '@/features/contact-requests/components/inbox/__tests__/scroll-layout';
import { renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

/** The first render loads the lazy route modules, slow on a busy machine: allow for it. */
const slow = { timeout: 30_000 };

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function openSettings() {
  const app = await renderApp({ url: '/settings', as: 'admin' });
  await screen.findByRole('form', { name: 'Clinic settings' }, slow);
  return app;
}

async function retype(user: User, label: RegExp, value: string) {
  const input = screen.getByRole('textbox', { name: label });
  await user.clear(input);
  await user.type(input, value);
}

/** Opens a Mantine select or date picker and clicks an option (jsdom has no layout: options are found hidden). */
async function choose(user: User, control: HTMLElement, option: string, role: 'option' | 'button' = 'option') {
  await user.click(control);
  await user.click(await screen.findByRole(role, { name: option, hidden: true }));
  await waitFor(() => expect(control).toHaveTextContent(role === 'button' ? option : ''));
}

const nav = () => within(screen.getByRole('navigation', { name: 'Main' }));

describe('Settings page', { timeout: 60_000 }, () => {
  it('refuses invalid values under their fields and sends nothing', async () => {
    const { user } = await openSettings();
    const before = structuredClone(db.settings);
    await retype(user, /Default session length/, '25');
    await user.click(screen.getByRole('checkbox', { name: 'Open on Saturday' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Enter 30 to 60 minutes')).toBeInTheDocument();
    expect(db.settings).toEqual(before);
    expect(screen.getByRole('status')).toHaveTextContent('You have unsaved changes.');
  });

  it('changes inbox lateness and booking proposals at once, and writes the change to the audit trail', async () => {
    // A request that came in on Monday and was never contacted: late against a one-day target.
    const request = buildContactRequest({ name: 'Lena Late', status: 'new', receivedAt: '2026-11-23T15:00:00.000Z' });
    // The inbox renders the rows that fit its scroller, and jsdom has no layout.
    onTestFinished(stubScrollLayout());
    db.contactRequests.clear();
    db.contactRequests.set(request.id, request);
    const elena = [...db.staff.values()].find((member) => member.name === 'Elena Park');
    for (const session of db.sessions.values()) if (session.clinicianId === elena?.id) db.sessions.delete(session.id);
    const { user, router } = await renderApp({ url: '/requests', as: 'admin' });
    const row = async () => {
      const link = await screen.findByRole('link', { name: 'Lena Late' }, slow);
      return within(link.closest('tr') ?? document.body);
    };
    expect((await row()).getByText('Late')).toBeInTheDocument();

    await user.click(nav().getByRole('link', { name: 'Settings' }));
    await screen.findByRole('form', { name: 'Clinic settings' }, slow);
    await retype(user, /Response-time target/, '5');
    await retype(user, /Default spacing between sessions/, '21');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(db.settings).toMatchObject({ responseTargetBusinessDays: 5, defaultSpacingDays: 21 });
    expect(db.audit.at(-1)?.changes).toEqual([
      { field: 'defaultSpacingDays', before: '14', after: '21' },
      { field: 'responseTargetBusinessDays', before: '1', after: '5' },
    ]);

    await user.click(nav().getByRole('link', { name: /^Requests/ }));
    await waitFor(async () => expect((await row()).queryByText('Late')).not.toBeInTheDocument(), slow);

    await router.navigate(`/series/book?requestId=${request.id}`);
    expect(await screen.findByRole('textbox', { name: 'Spacing (days)' }, slow)).toHaveValue('21');
    await choose(user, screen.getByRole('combobox', { name: 'Clinician' }), 'Elena Park');
    await choose(user, await screen.findByRole('button', { name: /Visit 1 date/ }), 'Mon 30 Nov 2026', 'button');
    const times = await screen.findByRole('group', { name: /Free start times on Mon 30 Nov 2026/ });
    await user.click(within(times).getByRole('button', { name: '10:00' }));
    expect(await screen.findByRole('listitem', { name: 'Visit 2 of 3' })).toHaveTextContent('Mon 21 Dec 2026, 10:00');
  });

  it("sets the clinic's country, by name, for reading phone numbers", async () => {
    const { user } = await openSettings();
    const country = screen.getByRole('combobox', { name: 'Clinic country' });
    expect(country).toHaveValue('United States (US)');
    await user.clear(country);
    await user.type(country, 'united king');
    await user.click(await screen.findByRole('option', { name: 'United Kingdom (GB)', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(db.settings.country).toBe('GB'));
    expect(db.audit.at(-1)?.summary).toBe('Updated clinic settings: country');
  });

  it('asks before leaving with unsaved changes, and keeps them when staying', async () => {
    const { user, router } = await openSettings();
    await retype(user, /Default number of sessions/, '4');
    await user.click(nav().getByRole('link', { name: /^Requests/ }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay and keep editing' }));
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByRole('textbox', { name: /Default number of sessions/ })).toHaveValue('4');

    // Closing or reloading the tab asks too (the browser shows its own prompt).
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(nav().getByRole('link', { name: /^Requests/ }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/requests'));
    expect(db.settings.defaultPlannedSessions).toBe(3);
  });

  it('refuses a stale version: shows the newer values, keeps the typed ones, and saves them on a second try', async () => {
    const { user } = await openSettings();
    // Another admin saves meanwhile.
    db.settings = { ...db.settings, responseTargetBusinessDays: 3, version: db.settings.version + 1 };
    await retype(user, /Default spacing between sessions/, '21');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved the settings meanwhile');
    expect(within(alert).getByRole('list', { name: 'Settings changed by someone else' })).toHaveTextContent(
      'Response-time target: now 3 business days; you entered 1 business days',
    );
    expect(screen.getByRole('textbox', { name: /Default spacing between sessions/ })).toHaveValue('21');
    expect(db.settings.defaultSpacingDays).toBe(14);

    await retype(user, /Response-time target/, '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(db.settings).toMatchObject({ responseTargetBusinessDays: 3, defaultSpacingDays: 21 });
  });
});

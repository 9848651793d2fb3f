import { db } from '@mocks/server/db';
import { describe, expect, it } from 'vitest';
import { fireEvent, renderApp, screen, waitFor, within } from '../../../../../tests/test-utils';

const slow = { timeout: 30_000 };

async function openStaff() {
  const app = await renderApp({ url: '/staff', as: 'admin' });
  const table = await screen.findByRole('table', { name: 'Staff accounts' }, slow);
  return { ...app, table };
}

const rowOf = (name: string) => {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`${name} is not in a table row`);
  return within(row);
};

const memberNamed = (name: string) => [...db.staff.values()].find((member) => member.name === name);

describe('Staff page', { timeout: 60_000 }, () => {
  it('lists every account and adds a clinician with weekly working hours', async () => {
    const { user, table } = await openStaff();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Email', 'Role', 'Working hours', 'Status', 'Actions']);
    expect(rowOf('Marcus Bell').getByText('Tue–Thu 08:00–18:00')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add staff member' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add a staff member' }));
    await user.type(dialog.getByRole('textbox', { name: /Full name/ }), 'Nina Novak');
    await user.type(dialog.getByRole('textbox', { name: /Work email/ }), 'nina.novak@');
    await user.click(dialog.getByRole('button', { name: 'Add staff member' }));
    expect(await dialog.findByText('Enter a valid email address, like name@example.com')).toBeInTheDocument();
    await user.type(dialog.getByRole('textbox', { name: /Work email/ }), 'veindesk.test');

    await user.click(dialog.getByRole('combobox', { name: /Role/ }));
    await user.click(await screen.findByRole('option', { name: 'Clinician', hidden: true }));
    await user.click(await dialog.findByRole('switch', { name: 'Works whenever the clinic is open' }));
    // Her own hours start from the clinic's: Tuesday and Thursday only, from 12:00.
    for (const day of ['Monday', 'Wednesday', 'Friday', 'Saturday']) {
      await user.click(dialog.getByRole('checkbox', { name: `Works on ${day}` }));
    }
    for (const day of ['Tuesday', 'Thursday']) {
      fireEvent.change(dialog.getByLabelText(`${day} from`), { target: { value: '12:00' } });
    }
    await user.click(dialog.getByRole('button', { name: 'Add staff member' }));

    expect(await screen.findByText('Account added')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Nina Novak').getByText('Tue, Thu 12:00–18:00')).toBeInTheDocument());
    expect(memberNamed('Nina Novak')).toMatchObject({
      email: 'nina.novak@veindesk.test',
      role: 'clinician',
      active: true,
      workingHours: [
        null,
        null,
        { open: '12:00', close: '18:00' },
        null,
        { open: '12:00', close: '18:00' },
        null,
        null,
      ],
    });
  });

  it('lists the booked visits new working hours leave out, and saves them only when confirmed', async () => {
    const { user } = await openStaff();
    await user.click(rowOf('Elena Park').getByRole('button', { name: 'Edit Elena Park' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Elena Park' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Works on Friday' }));
    await user.click(dialog.getByRole('button', { name: 'Save changes' }));

    const visits = await dialog.findByRole('list', { name: 'Booked visits outside the new hours' });
    expect(within(visits).getAllByRole('listitem')[0]).toHaveTextContent('Fri 27 Nov 2026, 11:15–12:00: Nadia White');
    expect(memberNamed('Elena Park')?.workingHours?.[5]).not.toBeNull();

    await user.click(dialog.getByRole('button', { name: /Save anyway/ }));
    expect(await screen.findByText('Account updated')).toBeInTheDocument();
    expect(memberNamed('Elena Park')?.workingHours?.[5]).toBeNull();
    await waitFor(() => expect(rowOf('Elena Park').getByText('Mon, Wed 10:00–18:00')).toBeInTheDocument());
  });

  it("lists a clinician's booked visits before deactivating, then reactivates the account", async () => {
    const { user } = await openStaff();
    await user.click(rowOf('Elena Park').getByRole('button', { name: 'Deactivate Elena Park' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Deactivate Elena Park?' }));
    const visits = await dialog.findByRole('list', { name: 'Booked visits to rebook' });
    expect(within(visits).getByRole('link', { name: 'Nadia White, visit 1 of 3' })).toHaveAttribute(
      'href',
      '/series/ser_00004',
    );
    await user.click(dialog.getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('Account deactivated')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Elena Park').getByText('Deactivated')).toBeInTheDocument());
    expect(memberNamed('Elena Park')?.active).toBe(false);

    await user.click(rowOf('Elena Park').getByRole('button', { name: 'Reactivate Elena Park' }));
    expect(await screen.findByText('Account reactivated')).toBeInTheDocument();
    expect(memberNamed('Elena Park')?.active).toBe(true);
  });

  it('refuses to deactivate the last admin with a clear reason', async () => {
    const { user } = await openStaff();
    await user.click(rowOf('Alex Morgan').getByRole('button', { name: 'Deactivate Alex Morgan' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Deactivate Alex Morgan?' }));
    await user.click(dialog.getByRole('button', { name: 'Deactivate' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Alex Morgan is the last active admin and cannot be deactivated. Make another account an admin first.',
    );
    expect(memberNamed('Alex Morgan')?.active).toBe(true);
  });
});

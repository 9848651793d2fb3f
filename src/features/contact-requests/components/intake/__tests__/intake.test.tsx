import { failNext } from '@mocks/runtime/network';
import { server } from '@mocks/runtime/node';
import { db } from '@mocks/server/db';
import { renderPublicForm, screen, waitFor } from '@tests/test-utils';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from '@/config/env';

type User = ReturnType<typeof renderPublicForm>['user'];

async function openForm() {
  const app = renderPublicForm();
  // The form draws at once; its checks load when the person first reaches into it, and bring
  // the clinic's country (how phone numbers read).
  await app.user.click(await screen.findByRole('textbox', { name: /full name/i }));
  await screen.findByText(/^For example /, undefined, { timeout: 5000 });
  return app;
}

async function fillValidForm(user: User) {
  await user.type(screen.getByRole('textbox', { name: /full name/i }), 'Wanda Website');
  await user.type(screen.getByRole('textbox', { name: /phone/i }), '(212) 555-0147');
  await user.type(screen.getByRole('textbox', { name: /email/i }), 'Wanda@Example.com');
  await user.click(screen.getByRole('radio', { name: 'Text message' }));
  await user.click(screen.getByRole('checkbox', { name: 'Evening' }));
  await user.click(screen.getByRole('radio', { name: 'Spider veins' }));
  await user.click(screen.getByRole('checkbox', { name: 'Legs' }));
  await user.type(screen.getByRole('textbox', { name: /message/i }), 'Fine red lines behind my knees.');
  await user.click(screen.getByRole('checkbox', { name: /agree to be contacted/i }));
}

const send = (user: User) => user.click(screen.getByRole('button', { name: 'Send request' }));
const storedBy = (email: string) => [...db.contactRequests.values()].filter((request) => request.email === email);

describe('the public request form', { timeout: 40_000 }, () => {
  it('is open without signing in and sends a valid request', async () => {
    const { user } = await openForm();

    await fillValidForm(user);
    await send(user);

    const thanks = await screen.findByRole('status');
    expect(thanks).toHaveTextContent('Thank you, your request has been sent');
    expect(thanks).toHaveFocus();
    expect(screen.queryByText(/Wanda/)).not.toBeInTheDocument();
    expect(storedBy('wanda@example.com')).toEqual([
      expect.objectContaining({
        name: 'Wanda Website',
        phone: '+12125550147',
        preferredContactMethod: 'text',
        preferredTimes: ['evening'],
        concern: 'spider_veins',
        areas: ['legs'],
        message: 'Fine red lines behind my knees.',
        status: 'new',
      }),
    ]);
  });

  it('explains each missing or invalid answer and sends nothing', async () => {
    const before = db.contactRequests.size;
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /email/i }), 'not-an-email');
    await send(user);

    expect(await screen.findByText('Enter the full name (at least 2 characters)')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid email address, like name@example.com')).toBeInTheDocument();
    expect(screen.getByText('Choose how we should contact you')).toBeInTheDocument();
    expect(screen.getByText('Choose what you would like treated')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one area')).toBeInTheDocument();
    expect(screen.getByText('We need your consent to contact you')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /full name/i })).toHaveAttribute('aria-invalid', 'true');
    // Focus moves to the first invalid field, and a live region reads out what needs fixing.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /full name/i })).toHaveFocus());
    const announcer = document.querySelector('[aria-live="polite"][data-invalid-submit-announcer]');
    expect(announcer).toHaveTextContent(/^\d+ fields need attention: Enter the full name \(at least 2 characters\)\./);
    expect(db.contactRequests.size).toBe(before);
  });

  it('refuses a number that cannot exist with an example, keeps what was typed, then sends once fixed', async () => {
    const { user } = await openForm();
    await fillValidForm(user);
    const phone = screen.getByRole('textbox', { name: /phone/i });
    await user.clear(phone);
    await user.type(phone, '(555) 123-4567');
    await send(user);

    expect(await screen.findByText('Enter a valid phone number, e.g. (201) 555-0123')).toBeInTheDocument();
    expect(phone).toHaveValue('(555) 123-4567');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(phone).toHaveFocus());
    expect(storedBy('wanda@example.com')).toHaveLength(0);

    await user.clear(phone);
    await user.type(phone, '+44 20 7946 0018');
    await send(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you, your request has been sent');
    expect(storedBy('wanda@example.com')).toEqual([expect.objectContaining({ phone: '+442079460018' })]);
  });

  it('draws without its checks, loads them on the first touch, and a submit meanwhile waits for them', async () => {
    let asked = false;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(
        `${apiBaseUrl}/public/settings`,
        async () => {
          asked = true;
          await held;
          return HttpResponse.json({ country: 'US' });
        },
        { once: true },
      ),
    );
    const { user } = renderPublicForm();
    const name = await screen.findByRole('textbox', { name: /full name/i });
    // Drawn, and nothing more asked for: someone who only reads the page loads no checks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toBe(false);
    expect(screen.queryByText(/^For example /)).not.toBeInTheDocument();

    await send(user);
    await waitFor(() => expect(asked).toBe(true));
    expect(screen.queryByText('Enter the full name (at least 2 characters)')).not.toBeInTheDocument();
    expect(document.querySelector('[aria-live="polite"][data-invalid-submit-announcer]')).toHaveTextContent(
      'Sending your request…',
    );
    release();

    expect(await screen.findByText('Enter the full name (at least 2 characters)')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /phone/i })).toHaveAccessibleDescription(
      /^For example \(201\) 555-0123/,
    );
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('says when its checks cannot load, keeps what was typed, and sends once they can', async () => {
    let offline = true;
    server.use(
      http.get(`${apiBaseUrl}/public/settings`, () =>
        offline ? HttpResponse.error() : HttpResponse.json({ country: 'US' }),
      ),
    );
    const { user } = renderPublicForm();
    await screen.findByRole('textbox', { name: /full name/i });
    await fillValidForm(user);
    await send(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(/Your request was not sent.*Check the connection/);
    expect(screen.getByRole('textbox', { name: /full name/i })).toHaveValue('Wanda Website');
    expect(storedBy('wanda@example.com')).toHaveLength(0);

    offline = false;
    await send(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you');
    expect(storedBy('wanda@example.com')).toHaveLength(1);
  });

  it('sends one request for a double click', async () => {
    const { user } = await openForm();
    await fillValidForm(user);
    await user.dblClick(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Thank you');
    expect(storedBy('wanda@example.com')).toHaveLength(1);
  });

  it("reads a number without a country code in the clinic's country", async () => {
    db.settings = { ...db.settings, country: 'GB' };
    const { user } = await openForm();
    expect(screen.getByRole('textbox', { name: /phone/i })).toHaveAccessibleDescription('For example 07400 123456');
    await fillValidForm(user);
    const phone = screen.getByRole('textbox', { name: /phone/i });
    await user.clear(phone);
    await user.type(phone, '020 7946 0018');
    await send(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you, your request has been sent');
    expect(storedBy('wanda@example.com')).toEqual([expect.objectContaining({ phone: '+442079460018' })]);
  });

  it('keeps a pasted over-long message whole, counts it, and sends only once it is short enough', async () => {
    const { user } = await openForm();
    await fillValidForm(user);
    const message = screen.getByRole('textbox', { name: /message/i });
    expect(message).toHaveAccessibleDescription(/31 of 2,000 characters/);
    expect(message).not.toHaveAttribute('maxlength');

    await user.clear(message);
    await user.paste('a'.repeat(20_000));
    expect(message).toHaveValue('a'.repeat(20_000));
    expect(message).toHaveAccessibleDescription(/20,000 of 2,000 characters/);
    const limit = document.querySelector('[data-message-limit-announcer]');
    expect(limit).toHaveAttribute('aria-live', 'polite');
    expect(limit).toHaveTextContent('Your message is over the limit of 2,000 characters: shorten it before sending.');

    await user.tab();
    const error = 'Shorten your message to 2,000 characters: it is 20,000 now';
    expect(await screen.findByText(error)).toBeInTheDocument();
    await send(user);
    await waitFor(() => expect(message).toHaveFocus());
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveValue('a'.repeat(20_000));
    expect(storedBy('wanda@example.com')).toHaveLength(0);

    await user.clear(message);
    await user.paste('b'.repeat(2000));
    expect(message).toHaveAccessibleDescription(/2,000 of 2,000 characters/);
    expect(limit).toHaveTextContent('Your message is close to the limit of 2,000 characters.');
    await send(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you, your request has been sent');
    expect(storedBy('wanda@example.com')).toEqual([expect.objectContaining({ message: 'b'.repeat(2000) })]);
  });

  it('shows the server’s field errors on the fields', async () => {
    server.use(
      http.post(
        `${apiBaseUrl}/public/contact-requests`,
        () =>
          HttpResponse.json(
            {
              type: 'https://veindesk.example/problems/validation',
              title: 'The submitted data is not valid',
              status: 422,
              errors: { phone: ['This number cannot receive calls'] },
            },
            { status: 422 },
          ),
        { once: true },
      ),
    );
    const { user } = await openForm();
    await fillValidForm(user);
    await send(user);

    expect(await screen.findByText('This number cannot receive calls')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /phone/i })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/see the messages under the fields/);
  });

  it('keeps everything typed when the server fails', async () => {
    const { user } = await openForm();
    await fillValidForm(user);
    failNext(1, 'server');
    await send(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Your request was not sent.*Everything you entered is still here/,
    );
    expect(screen.getByRole('textbox', { name: /full name/i })).toHaveValue('Wanda Website');
    expect(screen.getByRole('textbox', { name: /message/i })).toHaveValue('Fine red lines behind my knees.');
    expect(screen.getByRole('radio', { name: 'Text message' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /agree to be contacted/i })).toBeChecked();
    expect(storedBy('wanda@example.com')).toHaveLength(0);

    await send(user);
    expect(await screen.findByRole('status')).toHaveTextContent('Thank you');
    expect(storedBy('wanda@example.com')).toHaveLength(1);
  });

  it('hides the honeypot from people and stores nothing when a bot fills it', async () => {
    const before = db.contactRequests.size;
    const { user, container } = await openForm();
    const honeypot = container.querySelector<HTMLInputElement>('input[name="website"]');
    if (!honeypot) throw new Error('The honeypot field is missing');
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Website' })).not.toBeInTheDocument();

    await fillValidForm(user);
    await user.type(honeypot, 'https://cheap-pills.example');
    await send(user);

    expect(await screen.findByRole('status')).toHaveTextContent('Thank you');
    await waitFor(() => expect(db.contactRequests.size).toBe(before));
    expect(storedBy('wanda@example.com')).toHaveLength(0);
  });
});

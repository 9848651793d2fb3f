import { HttpResponse, http } from 'msw';
import { apiBaseUrl } from '@/config/env';
import { intakeEndpoints } from '@/features/contact-requests/api/intake-endpoints';
import { clock } from '../../runtime/clock';
import { receiveContactRequest } from '../model/intake';
import { publicRoute } from '../route';

const intakePath = `${apiBaseUrl}${intakeEndpoints.intake.path}`;

async function filledHoneypot(request: Request): Promise<boolean> {
  try {
    const body: unknown = await request.clone().json();
    return typeof body === 'object' && body !== null && 'website' in body && Boolean(body.website);
  } catch {
    return false;
  }
}

export const intakeHandlers = [
  /**
   * A bot filled the hidden `website` field: thank it like a person and store nothing
   * (before validation, which would otherwise tell the bot what went wrong).
   */
  http.post(intakePath, async ({ request }) => {
    if (!(await filledHoneypot(request))) return undefined;
    return HttpResponse.json({ received: true }, { headers: { Date: clock.now().toUTCString() } });
  }),

  publicRoute(intakeEndpoints.intake, ({ body }) => {
    receiveContactRequest(body);
    return { received: true as const };
  }),
];

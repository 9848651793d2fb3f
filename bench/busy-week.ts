import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  carrySession,
  keepMockWorkerAlive,
  type PreparedSession,
  prepareScenario,
  scenarioLabels,
  tokenStorageKey,
} from './setup.ts';
import { followUpsTarget, scheduleClinicDayTarget, scheduleWeekTarget, type Target } from './targets.ts';

export interface BusyWeek {
  /** Its own browser context: its own IndexedDB, so its own mock database (the busy week). */
  context: BrowserContext;
  session: PreparedSession;
  /** The busy week's Monday, clinic time (YYYY-MM-DD). */
  monday: string;
  targets: Target[];
}

/** Today's date in `timeZone`, then back to Monday: the week `fillThisWeek` (mocks/data/seeds/busy-week.ts) fills. */
export function mondayOfThisWeek(timeZone: string, nowMs: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const date = new Date(`${today.format(nowMs)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** The clinic's time zone and first active clinician, read through the app's API with the app's token. */
async function clinicFacts(page: Page) {
  return page.evaluate(async (tokenKey) => {
    const headers = { Authorization: `Bearer ${sessionStorage.getItem(tokenKey)}` };
    const get = async (path: string) => {
      const response = await fetch(`/api${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return response.json();
    };
    const settings: { timeZone: string } = await get('/settings');
    const staff: { id: string; role: string; active: boolean }[] = await get('/staff');
    const clinician = staff.find((member) => member.role === 'clinician' && member.active);
    if (!clinician) throw new Error('The busy week has no active clinician');
    return { timeZone: settings.timeZone, clinicianId: clinician.id, nowMs: Date.now() };
  }, tokenStorageKey);
}

/**
 * A second browser context set up like the first, with the dev panel's "Busy week" scenario:
 * every clinician's week nearly full. The follow-up queue and the schedule are measured there.
 */
export async function prepareBusyWeek(browser: Browser, origin: string): Promise<BusyWeek> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const session = await prepareScenario(context, origin, scenarioLabels.busyWeek);
  await carrySession(context, session.sessionStorage);
  const idle = await keepMockWorkerAlive(context, origin);
  const { timeZone, clinicianId, nowMs } = await clinicFacts(idle);
  const monday = mondayOfThisWeek(timeZone, nowMs);
  const targets = [followUpsTarget, scheduleClinicDayTarget(monday), scheduleWeekTarget(monday, clinicianId)];
  return { context, session, monday, targets };
}

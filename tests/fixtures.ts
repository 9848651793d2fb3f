/*
 * Fixtures shared by the unit, integration and mock tests: one definition of the frozen clock
 * and the seeded accounts.
 */

/** Wednesday 25 November 2026, 10:00 in New York: every test starts from this seeded clinic. */
export const fixedNow = '2026-11-25T15:00:00.000Z';

/** The password of every seeded account. */
export const demoPassword = 'veindesk-demo';

/** The seeded staff accounts, one per role. */
export const accounts = {
  front_desk: 'frontdesk@veindesk.test',
  clinician: 'clinician@veindesk.test',
  admin: 'admin@veindesk.test',
} as const;
export type AccountRole = keyof typeof accounts;

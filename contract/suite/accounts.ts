import type { roles } from '@/shared/staff/schemas';

export type Role = (typeof roles)[number];
export interface Credentials {
  email: string;
  password: string;
}
export type Accounts = Record<Role, Credentials>;

/** The seeded mock accounts: the defaults when no environment variable names another. */
const seeded: Accounts = {
  front_desk: { email: 'frontdesk@veindesk.test', password: 'veindesk-demo' },
  clinician: { email: 'clinician@veindesk.test', password: 'veindesk-demo' },
  admin: { email: 'admin@veindesk.test', password: 'veindesk-demo' },
};

const credentialsFor = (role: Role, env: Record<string, string | undefined>): Credentials => {
  const prefix = `CONTRACT_${role.toUpperCase()}`;
  return {
    email: env[`${prefix}_EMAIL`] ?? seeded[role].email,
    password: env[`${prefix}_PASSWORD`] ?? seeded[role].password,
  };
};

/**
 * One account per role, from `CONTRACT_<ROLE>_EMAIL` and `CONTRACT_<ROLE>_PASSWORD`
 * (e.g. `CONTRACT_FRONT_DESK_EMAIL`), else the seeded one.
 */
export function accountsFrom(env: Record<string, string | undefined>): Accounts {
  return {
    front_desk: credentialsFor('front_desk', env),
    clinician: credentialsFor('clinician', env),
    admin: credentialsFor('admin', env),
  };
}

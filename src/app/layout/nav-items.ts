import { paths } from '@/config/paths';
import type { Role } from '@/shared/staff/schemas';

export type NavItem = { label: string; to: string; roles?: readonly Role[] };

export const navItems: readonly NavItem[] = [
  { label: 'Today', to: paths.today },
  { label: 'Requests', to: paths.requests },
  { label: 'Schedule', to: paths.schedule },
  { label: 'Series', to: paths.series },
  { label: 'Follow-ups', to: paths.followUps },
  { label: 'Patients', to: paths.patients },
  { label: 'Settings', to: paths.settings, roles: ['admin'] },
  { label: 'Staff', to: paths.staff, roles: ['admin'] },
  { label: 'Audit trail', to: paths.audit, roles: ['admin'] },
];

export const navItemsFor = (role: Role) => navItems.filter((item) => !item.roles || item.roles.includes(role));

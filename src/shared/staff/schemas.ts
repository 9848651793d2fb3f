import { z } from 'zod';
import { emailSchema, idSchema, nameSchema, versionSchema, weeklyHoursSchema } from '@/lib/schema-fields';

export const roles = ['front_desk', 'clinician', 'admin'] as const;
export const roleSchema = z.enum(roles);
export const roleLabels: Record<Role, string> = { front_desk: 'Front desk', clinician: 'Clinician', admin: 'Admin' };

export const staffMemberSchema = z.object({
  id: idSchema,
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  /** Clinicians only: when they see patients. */
  workingHours: weeklyHoursSchema.nullable(),
  active: z.boolean(),
  version: versionSchema,
});

export const staffInputSchema = staffMemberSchema.omit({ id: true, version: true });
export const updateStaffSchema = staffInputSchema.extend({
  version: versionSchema,
  /**
   * Set once staff have seen the clinician's booked visits the change leaves outside their
   * working hours (or with nobody to see them, on deactivation). Without it such a change is
   * refused with those visits listed; with it the visits stay booked, to be rebooked by staff.
   */
  confirmSessions: z.boolean().optional(),
});

/** How the staff screens and the audit trail name each field of an account. */
export const staffFieldLabels: Record<keyof StaffInput, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  workingHours: 'Working hours',
  active: 'Active',
};

export type Role = z.infer<typeof roleSchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type StaffInput = z.infer<typeof staffInputSchema>;
export type StaffUpdate = z.infer<typeof updateStaffSchema>;

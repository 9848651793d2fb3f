import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { isApiError } from '@/lib/api-error';
import { showFieldErrors } from '@/lib/form-errors';
import { type StaffMember, staffInputSchema } from '@/shared/staff/schemas';
import { newerStaffMember, useCreateStaff, useUpdateStaff } from '../api/save-staff';
import { emptyStaff, formValuesOf, type StaffFormValues } from './describe-staff';

const valuesSchema = staffInputSchema.omit({ active: true });

export type StaleStaff = { opened: StaffFormValues; newer: StaffFormValues };

/** Only clinicians have working hours. */
const withHoursForRole = (values: StaffFormValues): StaffFormValues => ({
  ...values,
  workingHours: values.role === 'clinician' ? values.workingHours : null,
});

/**
 * Add or edit one account. An edit is saved over the version it was opened with: a stale version
 * keeps what was typed and the next save goes over the newer one; booked visits the new working
 * hours leave out are listed and saved only when confirmed.
 */
export function useStaffForm(member: StaffMember | null, onSaved: (saved: StaffMember) => void) {
  const [base, setBase] = useState(member);
  const [stale, setStale] = useState<StaleStaff | null>(null);
  const form = useForm<StaffFormValues>({
    mode: 'controlled',
    initialValues: member ? formValuesOf(member) : emptyStaff,
    validate: schemaResolver(valuesSchema, { sync: true }),
  });
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = member ? update : create;

  const onError = (error: Error) => {
    const newer = newerStaffMember(error);
    if (newer && base) {
      setStale({ opened: formValuesOf(base), newer: formValuesOf(newer) });
      setBase(newer);
      return;
    }
    showFieldErrors(form, error);
  };

  const save = (values: StaffFormValues, confirmSessions = false) => {
    setStale(null);
    const input = valuesSchema.parse(withHoursForRole(values));
    if (!base) {
      create.mutate({ ...input, active: true }, { onSuccess: onSaved, onError });
      return;
    }
    update.mutate(
      { ...input, id: base.id, active: base.active, version: base.version, confirmSessions },
      { onSuccess: onSaved, onError },
    );
  };

  const error = mutation.error;
  const hoursProblem = isApiError(error) && error.isScheduleConflict ? error.problem : null;
  const otherError = error && !stale && !hoursProblem && !(isApiError(error) && error.status === 422) ? error : null;
  const confirmHours = () => save(form.getValues(), true);

  return { form, save, mutation, stale, hoursProblem, otherError, confirmHours };
}

import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import type { StaffMember } from '@/shared/staff/schemas';
import { plannedSessionsSchema, spacingDaysSchema } from '../../schemas';
import { minutesLabel } from './booking-format';
import type { PlanSettings } from './use-booking-plan';

const durationOptions = [30, 35, 40, 45, 50, 55, 60].map((minutes) => ({
  value: String(minutes),
  label: minutesLabel(minutes),
}));

function numberError(value: number | '', schema: typeof plannedSessionsSchema | typeof spacingDaysSchema) {
  if (value === '') return 'Enter a number';
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Not allowed');
}

const asNumber = (value: string | number): number | '' => (typeof value === 'number' ? value : '');

type Props = {
  plan: PlanSettings;
  clinicians: StaffMember[];
  onChange: (changes: Partial<PlanSettings>) => void;
};

/** Clinician, number of sessions, spacing and session length: the proposals follow at once. */
export function PlanFields({ plan, clinicians, onChange }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <Select
        label="Clinician"
        data={clinicians.map((member) => ({ value: member.id, label: member.name }))}
        value={plan.clinicianId}
        onChange={(clinicianId) => onChange({ clinicianId })}
        allowDeselect={false}
        placeholder="Choose a clinician"
        error={plan.clinicianId ? null : 'Choose a clinician'}
      />
      <NumberInput
        label="Planned visits"
        value={plan.plannedSessions}
        onChange={(value) => onChange({ plannedSessions: asNumber(value) })}
        min={1}
        max={12}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        error={numberError(plan.plannedSessions, plannedSessionsSchema)}
      />
      <NumberInput
        label="Spacing (days)"
        value={plan.spacingDays}
        onChange={(value) => onChange({ spacingDays: asNumber(value) })}
        min={1}
        max={120}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        error={numberError(plan.spacingDays, spacingDaysSchema)}
      />
      <Select
        label="Visit length"
        data={durationOptions}
        value={String(plan.durationMinutes)}
        onChange={(value) => value && onChange({ durationMinutes: Number(value) })}
        allowDeselect={false}
      />
    </SimpleGrid>
  );
}

import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WeeklyHoursFields } from '@/components/weekly-hours-fields';
import type { WeeklyHours } from '@/lib/schema-fields';
import { roleLabels, roles } from '@/shared/staff/schemas';
import type { StaffFormValues } from './describe-staff';

type Props = { form: UseFormReturnType<StaffFormValues>; openingHours: WeeklyHours };

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** Name, email, role and, for a clinician, the weekly hours they see patients. */
export function StaffFormFields({ form, openingHours }: Props) {
  const { values } = form;
  const ownHours = values.workingHours !== null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Full name" withAsterisk data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Work email" type="email" withAsterisk {...form.getInputProps('email')} />
      </SimpleGrid>
      <Select
        label="Role"
        data={roleOptions}
        allowDeselect={false}
        withAsterisk
        maw={240}
        {...form.getInputProps('role')}
      />
      {values.role === 'clinician' && (
        <Stack gap="sm">
          <Switch
            label="Works whenever the clinic is open"
            checked={!ownHours}
            onChange={(event) => form.setFieldValue('workingHours', event.currentTarget.checked ? null : openingHours)}
          />
          {values.workingHours && (
            <WeeklyHoursFields
              legend="Working hours"
              description="Visits are offered only when the clinic is open and the clinician works."
              value={values.workingHours}
              onChange={(hours) => form.setFieldValue('workingHours', hours)}
              errorOf={(day, part) => form.errors[`workingHours.${day}.${part}`]}
              defaultHours={(day) => openingHours[day] ?? { open: '09:00', close: '17:00' }}
              onLabel="Works"
              offLabel="Not working"
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}

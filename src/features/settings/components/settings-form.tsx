import { Alert, Button, Divider, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { WeeklyHoursFields } from '@/components/weekly-hours-fields';
import { errorMessage, isApiError } from '@/lib/api-error';
import { ClosedDatesField } from './closed-dates-field';
import { CountrySelect } from './country-select';
import { RuleFields } from './rule-fields';
import { StaleSettingsAlert } from './stale-settings-alert';
import { TimeZoneSelect } from './time-zone-select';
import { useSettingsForm } from './use-settings-form';

/** One form for every clinic setting; leaving with unsaved changes asks first. */
export function SettingsForm() {
  const { form, dirty, save, discard, mutation, stale } = useSettingsForm();
  const { values } = form;
  const failed = mutation.error && !stale && !(isApiError(mutation.error) && mutation.error.status === 422);

  return (
    <form noValidate onSubmit={form.onSubmit(save)} aria-label="Clinic settings">
      <UnsavedChangesGuard when={dirty} what="the clinic settings" />
      <Fieldset variant="unstyled" disabled={mutation.isPending}>
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Stack gap="lg">
              <TimeZoneSelect
                value={values.timeZone}
                onChange={(zone) => form.setFieldValue('timeZone', zone)}
                error={form.errors.timeZone}
              />
              <CountrySelect
                value={values.country}
                onChange={(country) => form.setFieldValue('country', country)}
                error={form.errors.country}
              />
              <WeeklyHoursFields
                legend="Opening hours"
                description="Visits are offered and calls fall due only while the clinic is open."
                value={values.openingHours}
                onChange={(hours) => form.setFieldValue('openingHours', hours)}
                errorOf={(day, part) => form.errors[`openingHours.${day}.${part}`]}
              />
              <ClosedDatesField
                value={values.closedDates}
                onChange={(dates) => form.setFieldValue('closedDates', dates)}
                error={form.errors.closedDates}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="lg">
              <RuleFields form={form} />
            </Stack>
          </Paper>
          {stale && <StaleSettingsAlert opened={stale.opened} newer={stale.newer} typed={values} />}
          {failed && (
            <Alert color="red" title="The settings were not saved" role="alert">
              {errorMessage(mutation.error)} Nothing you entered is lost.
            </Alert>
          )}
          <Divider />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {dirty ? 'You have unsaved changes.' : 'All changes are saved.'}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={discard} disabled={!dirty && !stale}>
                Discard changes
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                Save settings
              </Button>
            </Group>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

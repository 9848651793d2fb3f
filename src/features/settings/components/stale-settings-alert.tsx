import { Alert, List, Text } from '@mantine/core';
import { type SettingField, settingFields, settingLabels } from '@/shared/settings/schemas';
import { describeSetting, type SettingsValues, sameValue } from './describe-setting';

type Props = {
  /** The settings the form was opened with, the newer ones someone saved meanwhile, and what the person typed. */
  opened: SettingsValues;
  newer: SettingsValues;
  typed: SettingsValues;
};

/** After a stale-version refusal: what someone else changed, next to what this person entered (kept in the form). */
export function StaleSettingsAlert({ opened, newer, typed }: Props) {
  const changed = settingFields.filter((field: SettingField) => !sameValue(opened[field], newer[field]));
  return (
    <Alert color="orange" title="Someone else saved the settings meanwhile" role="alert">
      <Text size="sm">
        Nothing was saved. What you entered is kept below; the newer values are listed here. Check them, then save again
        to replace them with yours.
      </Text>
      {changed.length > 0 && (
        <List size="sm" mt="xs" aria-label="Settings changed by someone else">
          {changed.map((field) => (
            <List.Item key={field}>
              <strong>{settingLabels[field]}</strong>: now {describeSetting(field, newer)}
              {sameValue(typed[field], newer[field]) ? '' : `; you entered ${describeSetting(field, typed)}`}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

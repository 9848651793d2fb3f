import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { showFieldErrors } from '@/lib/form-errors';
import { useSettings } from '@/shared/settings/api/get-settings';
import { clinicSettingsSchema } from '@/shared/settings/schemas';
import { newerSettings, useUpdateSettings } from '../api/update-settings';
import { type SettingsValues, sameValue, valuesOf } from './describe-setting';

const valuesSchema = clinicSettingsSchema.omit({ version: true });

export type StaleSettings = { opened: SettingsValues; newer: SettingsValues };

/**
 * The settings form: validated by the contract's schema, saved over the version it was opened
 * with. A stale version keeps what the person typed and bases the next save on the newer version.
 */
export function useSettingsForm() {
  const settings = useSettings();
  const [base, setBase] = useState(settings);
  const [stale, setStale] = useState<StaleSettings | null>(null);
  const form = useForm<SettingsValues>({
    mode: 'controlled',
    initialValues: valuesOf(settings),
    validate: schemaResolver(valuesSchema, { sync: true }),
  });
  const mutation = useUpdateSettings();
  const dirty = !sameValue(form.values, valuesOf(base));

  const save = (values: SettingsValues) => {
    setStale(null);
    mutation.mutate(clinicSettingsSchema.parse({ ...values, version: base.version }), {
      onSuccess: (saved) => {
        setBase(saved);
        form.setValues(valuesOf(saved));
        notifications.show({ color: 'teal', title: 'Settings saved', message: 'Every rule uses the new values now.' });
      },
      onError: (error) => {
        const newer = newerSettings(error);
        if (!newer) {
          showFieldErrors(form, error);
          return;
        }
        setStale({ opened: valuesOf(base), newer: valuesOf(newer) });
        setBase(newer);
      },
    });
  };

  const discard = () => {
    form.setValues(valuesOf(base));
    form.clearErrors();
    setStale(null);
    mutation.reset();
  };

  return { form, dirty, save, discard, mutation, stale };
}

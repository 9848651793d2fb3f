import {
  areaLabels,
  bodyAreas,
  concernLabels,
  concerns,
  contactMethodLabels,
  contactMethods,
  preferredTimeLabels,
  preferredTimes,
} from '../../intake-vocabulary';
import { ChoiceGroup } from './intake-fields';
import type { IntakeErrors, IntakeFormValues } from './intake-form-values';

type Props = {
  values: IntakeFormValues;
  errors: IntakeErrors;
  setValue: <F extends keyof IntakeFormValues>(field: F, value: IntakeFormValues[F]) => void;
};

const optionsOf = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

const toggled = <V extends string>(list: readonly V[], value: V, checked: boolean) =>
  checked ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);

export function ContactPreferenceFields({ values, errors, setValue }: Props) {
  return (
    <>
      <ChoiceGroup
        type="radio"
        label="How should we contact you?"
        required
        error={errors.preferredContactMethod}
        options={optionsOf(contactMethods, contactMethodLabels)}
        selected={values.preferredContactMethod ? [values.preferredContactMethod] : []}
        onToggle={(method) => setValue('preferredContactMethod', method)}
      />
      <ChoiceGroup
        type="checkbox"
        label="Best times to reach you"
        description="Leave empty if any time suits you."
        error={errors.preferredTimes}
        options={optionsOf(preferredTimes, preferredTimeLabels)}
        selected={values.preferredTimes}
        onToggle={(time, checked) => setValue('preferredTimes', toggled(values.preferredTimes, time, checked))}
      />
    </>
  );
}

export function ConcernFields({ values, errors, setValue }: Props) {
  return (
    <>
      <ChoiceGroup
        type="radio"
        label="What would you like treated?"
        description="Spider veins are fine red or blue lines under 1 mm; reticular veins are small varicose veins of 1 to 3 mm."
        required
        error={errors.concern}
        options={optionsOf(concerns, concernLabels)}
        selected={values.concern ? [values.concern] : []}
        onToggle={(concern) => setValue('concern', concern)}
        layout="column"
      />
      <ChoiceGroup
        type="checkbox"
        label="Where?"
        required
        error={errors.areas}
        options={optionsOf(bodyAreas, areaLabels)}
        selected={values.areas}
        onToggle={(area, checked) => setValue('areas', toggled(values.areas, area, checked))}
      />
    </>
  );
}

import type { z } from 'zod';
import type { intakeInputSchema } from '../../intake-schema';

type IntakeFields = z.input<typeof intakeInputSchema>;

/** What the form holds while the person types: nothing chosen or ticked yet. */
export type IntakeFormValues = Omit<IntakeFields, 'preferredContactMethod' | 'concern' | 'consent' | 'website'> & {
  preferredContactMethod: IntakeFields['preferredContactMethod'] | '';
  concern: IntakeFields['concern'] | '';
  consent: boolean;
  website: string;
};

/** A message for each field that needs attention. */
export type IntakeErrors = Partial<Record<keyof IntakeFormValues, string>>;

export const isIntakeField = (key: PropertyKey): key is keyof IntakeFormValues =>
  typeof key === 'string' && Object.hasOwn(emptyIntake, key);

export const emptyIntake: IntakeFormValues = {
  name: '',
  phone: '',
  email: '',
  preferredContactMethod: '',
  preferredTimes: [],
  concern: '',
  areas: [],
  message: '',
  consent: false,
  website: '',
};

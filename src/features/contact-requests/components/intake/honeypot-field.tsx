import type { UseFormReturnType } from '@mantine/form';
import type { IntakeFormValues } from './intake-form-values';

const hidden = {
  position: 'absolute',
  left: '-10000px',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
} as const;

/** A field people never see or reach; automated form fillers do, and give themselves away. */
export function HoneypotField({ form }: { form: UseFormReturnType<IntakeFormValues> }) {
  const { defaultValue, onChange } = form.getInputProps('website');
  return (
    <div aria-hidden="true" style={hidden}>
      <label>
        Website
        <input
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          key={form.key('website')}
          defaultValue={defaultValue}
          onChange={onChange}
        />
      </label>
    </div>
  );
}

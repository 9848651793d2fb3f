import classes from './intake-form.module.css';

type Props = { value: string; onChange: (value: string) => void };

/** A field people never see or reach; automated form fillers do, and give themselves away. */
export function HoneypotField({ value, onChange }: Props) {
  return (
    <div aria-hidden="true" className={classes.honeypot}>
      <label>
        Website
        <input
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </label>
    </div>
  );
}

import type { ChangeEventHandler } from 'react';
import classes from './inbox-table.module.css';

type Props = {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
  tabIndex?: number;
};

/** A native checkbox: one per row, so it stays as light as an input can be. */
export function SelectCheckbox({ label, checked, indeterminate = false, onChange, tabIndex }: Props) {
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      aria-label={label}
      checked={checked}
      onChange={onChange}
      tabIndex={tabIndex}
      // `indeterminate` is a property only, never an attribute.
      ref={(input) => {
        if (input) input.indeterminate = indeterminate;
      }}
    />
  );
}

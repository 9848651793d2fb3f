import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useId } from 'react';
import classes from './intake-form.module.css';

/*
 * The public form's fields: native elements styled from the theme's variables, not Mantine's
 * components, so the form draws with React alone (see `intake-checks.ts`).
 */

type FieldText = { label: string; description?: ReactNode; error?: string; required?: boolean };

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function Label({ htmlFor, label, required }: { htmlFor?: string; label: string; required?: boolean }) {
  const content = (
    <>
      {label}
      {required && (
        <span className={classes.required} aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );
  return htmlFor ? (
    <label className={classes.label} htmlFor={htmlFor}>
      {content}
    </label>
  ) : (
    <legend className={classes.label}>{content}</legend>
  );
}

function Message({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <p id={id} className={className}>
      {children}
    </p>
  );
}

type TextFieldProps = FieldText &
  (
    | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'required'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'>)
  );

export function TextField({ label, description, error, required, ...control }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(description !== undefined && `${id}-description`, error && `${id}-error`),
  };
  return (
    <div className={classes.field}>
      <Label htmlFor={id} label={label} required={required} />
      {description !== undefined && (
        <Message id={`${id}-description`} className={classes.description}>
          {description}
        </Message>
      )}
      {control.multiline ? (
        <textarea className={`${classes.input} ${classes.textarea}`} {...common} {...withoutFlag(control)} />
      ) : (
        <input className={classes.input} {...common} {...withoutFlag(control)} />
      )}
      {error && (
        <Message id={`${id}-error`} className={classes.error}>
          {error}
        </Message>
      )}
    </div>
  );
}

function withoutFlag<T extends { multiline?: boolean }>({ multiline: _flag, ...rest }: T) {
  return rest;
}

type Option<V extends string> = { value: V; label: string };

type ChoiceGroupProps<V extends string> = FieldText & {
  type: 'radio' | 'checkbox';
  options: readonly Option<V>[];
  selected: readonly V[];
  onToggle: (value: V, checked: boolean) => void;
  layout?: 'row' | 'column';
};

/** Radios (one answer) or checkboxes (any number) under one legend, with the group's message. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { label, description, error, required, type, options, selected, onToggle, layout = 'row' } = props;
  const id = useId();
  return (
    <fieldset
      className={classes.group}
      role={type === 'radio' ? 'radiogroup' : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(description !== undefined && `${id}-description`, error && `${id}-error`)}
    >
      <Label label={label} required={required} />
      {description !== undefined && (
        <Message id={`${id}-description`} className={classes.description}>
          {description}
        </Message>
      )}
      <div className={layout === 'row' ? classes.choicesRow : classes.choicesColumn}>
        {options.map((option) => (
          <label key={option.value} className={classes.choice}>
            <input
              type={type}
              name={id}
              // One of the radios must be chosen; checkboxes are each optional.
              required={type === 'radio' && required}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <Message id={`${id}-error`} className={classes.error}>
          {error}
        </Message>
      )}
    </fieldset>
  );
}

type CheckboxFieldProps = FieldText & { checked: boolean; onChange: (checked: boolean) => void };

export function CheckboxField({ label, error, required, checked, onChange }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={classes.field}>
      <label className={classes.choice}>
        <input
          type="checkbox"
          required={required}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {label}
      </label>
      {error && (
        <Message id={`${id}-error`} className={classes.error}>
          {error}
        </Message>
      )}
    </div>
  );
}

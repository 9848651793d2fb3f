import { formatCharacters, formatCount, intakeMessageMaxLength } from '../../intake-vocabulary';
import { TextField } from './intake-fields';
import classes from './intake-form.module.css';

/** From here on the count is announced (once), not on every keystroke. */
const nearShare = 0.9;

type Standing = 'within' | 'near' | 'over';

const standingOf = (length: number): Standing =>
  length > intakeMessageMaxLength ? 'over' : length >= intakeMessageMaxLength * nearShare ? 'near' : 'within';

const announcements: Record<Standing, string> = {
  within: '',
  near: `Your message is close to the limit of ${formatCharacters(intakeMessageMaxLength)}.`,
  over: `Your message is over the limit of ${formatCharacters(intakeMessageMaxLength)}: shorten it before sending.`,
};

type Props = { value: string; error?: string; onChange: (value: string) => void; onBlur: () => void };

/**
 * The message with a live count instead of a hard cut: a long paste is kept whole, and the form's
 * check (on leaving the field or sending) says how far to shorten it.
 */
export function MessageField({ value, error, onChange, onBlur }: Props) {
  const standing = standingOf(value.length);
  return (
    <>
      <TextField
        multiline
        label="Message"
        description={
          <>
            Anything you would like us to know (optional).{' '}
            <span className={classes.count} data-standing={standing}>
              {formatCount(value.length)} of {formatCharacters(intakeMessageMaxLength)}
            </span>
          </>
        }
        rows={3}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
      />
      <div className={classes.visuallyHidden} aria-live="polite" data-message-limit-announcer>
        {announcements[standing]}
      </div>
    </>
  );
}

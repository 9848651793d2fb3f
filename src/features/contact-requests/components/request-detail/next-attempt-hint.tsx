import { Text } from '@mantine/core';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { serverNow } from '@/lib/server-clock';
import type { ClinicSettings } from '@/shared/settings/schemas';
import { suggestNextAttempt } from '../../domain/next-attempt';
import { preferredTimeLabels } from '../../intake-vocabulary';
import type { ContactRequest } from '../../schemas';

type Props = { request: ContactRequest; settings: ClinicSettings };

/** When to try next: inside the times the person asked for, not too soon after the last try. */
export function NextAttemptHint({ request, settings }: Props) {
  const last = request.attempts.at(-1);
  if (last?.outcome === 'reached') return null;
  const at = suggestNextAttempt({
    preferredTimes: request.preferredTimes,
    lastAttemptAt: request.lastAttemptAt,
    now: serverNow(),
    tz: settings.timeZone,
    openingHours: settings.openingHours,
  });
  const within = request.preferredTimes.length
    ? `their preferred ${request.preferredTimes.map((time) => preferredTimeLabels[time].toLowerCase()).join(' or ')}`
    : 'opening hours (no preferred time given)';
  return (
    <Text size="sm" role="note">
      Suggested {last ? 'next' : 'first'} attempt:{' '}
      <strong>{formatClinic(at, settings.timeZone, dateTimeFormat)}</strong>, within {within}.
    </Text>
  );
}

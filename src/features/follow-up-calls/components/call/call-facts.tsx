import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { contactMethodLabels, preferredTimeLabels } from '@/features/contact-requests/intake-vocabulary';
import { screeningFlagLabels } from '@/features/patients/schemas';
import { treatedAreaLabels } from '@/features/treatment-series/components/detail/session-labels';
import { formatClinic } from '@/lib/clinic-time';
import { dateTimeFormat } from '@/lib/date-formats';
import { PhoneNumber } from '@/shared/settings/phone-number';
import type { FollowUpDetail } from '../../schemas';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

const none = (
  <Text span size="sm" c="dimmed">
    Not given
  </Text>
);

/** How to reach the person and where they are in their series, so the call needs no other screen. */
export function CallFacts({ call, timeZone }: { call: FollowUpDetail; timeZone: string }) {
  const { contact, series } = call;
  const last = series?.lastVisit;
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Contact
      </Title>
      <SimpleGrid cols={2} spacing="sm">
        <Fact label="Phone">
          {contact.phone ? (
            <Anchor href={`tel:${contact.phone}`}>
              <PhoneNumber value={contact.phone} />
            </Anchor>
          ) : (
            none
          )}
        </Fact>
        <Fact label="Email">
          {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : none}
        </Fact>
        <Fact label="Prefers">
          {contact.preferredContactMethod ? contactMethodLabels[contact.preferredContactMethod] : none}
        </Fact>
        <Fact label="Best times">
          {contact.preferredTimes.length > 0
            ? contact.preferredTimes.map((time) => preferredTimeLabels[time]).join(', ')
            : 'Any time in opening hours'}
        </Fact>
      </SimpleGrid>
      {contact.screeningFlags.length > 0 && (
        <Group gap="xs" aria-label="Screening flags" role="group">
          {contact.screeningFlags.map((flag) => (
            <Badge key={flag} color="red" variant="light">
              {screeningFlagLabels[flag]}
            </Badge>
          ))}
        </Group>
      )}
      {series && (
        <>
          <Title order={3} size="h5">
            Series
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Fact label="Position">
              {call.about.visitNumber !== null
                ? `Visit ${call.about.visitNumber} of ${series.plannedSessions}`
                : `${series.completedVisits} of ${series.plannedSessions} visits done`}
            </Fact>
            <Fact label="Since the last visit">
              {series.daysSinceLastVisit === null
                ? 'No visit yet'
                : `${series.daysSinceLastVisit} day${series.daysSinceLastVisit === 1 ? '' : 's'}`}
            </Fact>
            <Fact label="Next visit">
              {series.nextVisitStart ? formatClinic(series.nextVisitStart, timeZone, dateTimeFormat) : 'Not booked'}
            </Fact>
            <Fact label="Spacing">{series.spacingDays} days</Fact>
          </SimpleGrid>
          {last && (
            <Fact label={`Last visit: visit ${last.number}, ${formatClinic(last.start, timeZone, dateTimeFormat)}`}>
              Treated: {last.treatedAreas.map((area) => treatedAreaLabels[area]).join(', ') || 'not recorded'}
              {last.notes !== null && <Text size="sm">Clinician's note: {last.notes || 'none'}</Text>}
            </Fact>
          )}
        </>
      )}
    </Stack>
  );
}

import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatWaiting } from '@/features/contact-requests/domain/response-time';
import { errorMessage } from '@/lib/api-error';
import { formatClinic } from '@/lib/clinic-time';
import { useWeekFigures } from '../api/get-week-figures';
import { percentOf } from '../domain/week-figures';
import type { WeekFigures as Figures } from '../schemas';

function figuresOf(figures: Figures): { label: string; value: string; detail: string }[] {
  const late = percentOf(figures.lateRequests, figures.requestsReceived);
  const noShows = percentOf(figures.noShows, figures.visitsRecorded);
  const target = `${figures.responseTargetBusinessDays} business ${figures.responseTargetBusinessDays === 1 ? 'day' : 'days'}`;
  return [
    {
      label: 'Median time to first contact',
      value: figures.medianFirstContactMinutes === null ? 'None yet' : formatWaiting(figures.medianFirstContactMinutes),
      detail: `Target: within ${target}`,
    },
    {
      label: 'Late requests',
      value: late === null ? 'None received' : `${late}%`,
      detail: `${figures.lateRequests} of ${figures.requestsReceived} received`,
    },
    {
      label: 'No-show rate',
      value: noShows === null ? 'No visits yet' : `${noShows}%`,
      detail: `${figures.noShows} of ${figures.visitsRecorded} visits recorded`,
    },
    { label: 'Series completed', value: String(figures.seriesCompleted), detail: 'this week' },
    { label: 'Series discontinued', value: String(figures.seriesDiscontinued), detail: 'this week' },
  ];
}

/** The admin's figures for the week so far (Monday 00:00 in clinic time until now). */
export function WeekFigures({ timeZone }: { timeZone: string }) {
  const { data, error } = useWeekFigures();
  return (
    <Stack gap="xs" component="section" aria-labelledby="week-figures-heading">
      <Title order={3} size="h3" id="week-figures-heading">
        This week{data ? `, since ${formatClinic(data.from, timeZone, 'ddd D MMM')}` : ''}
      </Title>
      {error && (
        <Text c="red.8" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      {data && (
        <SimpleGrid component="dl" cols={{ base: 2, md: 5 }} spacing="sm" m={0}>
          {figuresOf(data).map((figure) => (
            <Card key={figure.label} withBorder padding="sm">
              <Text component="dt" size="sm" c="dimmed">
                {figure.label}
              </Text>
              <Text component="dd" fw={700} size="xl" m={0}>
                {figure.value}
              </Text>
              <Text component="dd" size="xs" c="dimmed" m={0}>
                {figure.detail}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

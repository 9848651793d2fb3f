import { Stack, Title } from '@mantine/core';
import { ReviewList } from '@/features/follow-up-calls/components/reviews/review-list';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { DayVisits } from './day-visits';
import { FrontDeskCards } from './front-desk-cards';
import { useClinicDay } from './use-clinic-day';
import { WeekFigures } from './week-figures';

/** One Today per role: the clinician's day, the front desk's to-do cards, the admin's both and the week. */
export function TodayPage() {
  const me = useCurrentStaff();
  const { timeZone } = useClinicDay();
  const seesClinicalDay = me.role !== 'front_desk';
  return (
    <Stack gap="xl">
      <Title order={2}>Today</Title>
      {me.role === 'admin' && <WeekFigures timeZone={timeZone} />}
      {me.role !== 'clinician' && <FrontDeskCards />}
      {seesClinicalDay && (
        <ReviewList
          query={{ status: 'open', clinicianId: me.role === 'clinician' ? me.id : undefined }}
          title={me.role === 'clinician' ? 'Concerns for you to review' : 'Concerns waiting for review'}
          emptyMessage="No concerns from follow-up calls are waiting."
        />
      )}
      {seesClinicalDay && <DayVisits me={me} everyone={me.role === 'admin'} />}
    </Stack>
  );
}

import { formatClinic, MINUTE_MS } from '@/lib/clinic-time';
import { useStaff } from '@/shared/staff/api/get-staff';
import { cardItemCount } from '../api/get-front-desk-lists';
import { useTodayVisits } from '../api/get-today-visits';
import { CardItems, counted, SummaryCard } from './summary-card';
import { todayLinks } from './today-links';
import { useClinicDay } from './use-clinic-day';

/** Today's visits across clinicians; the items are the next patients to arrive. */
export function ArrivalsCard() {
  const { now, timeZone, today } = useClinicDay();
  const visits = useTodayVisits(today);
  const staff = useStaff();
  const names = new Map(staff.map((member) => [member.id, member.name]));
  const upcoming = visits.data?.filter(
    (visit) => visit.status === 'scheduled' && Date.parse(visit.start) + visit.durationMinutes * MINUTE_MS > now,
  );
  const items = upcoming?.slice(0, cardItemCount).map((visit) => ({
    key: visit.id,
    content: `${formatClinic(visit.start, timeZone, 'HH:mm')} ${visit.patientName}, visit ${visit.number} of ${Math.max(visit.number, visit.plannedSessions)} with ${names.get(visit.clinicianId) ?? 'a clinician'}`,
  }));
  return (
    <SummaryCard
      title="Arrivals today"
      figures={[
        { value: visits.data?.length, label: counted(visits.data?.length, 'visit today', 'visits today') },
        { value: upcoming?.length, label: 'still to come' },
      ]}
      error={visits.error}
      links={[{ to: todayLinks.schedule, label: 'Open the schedule' }]}
    >
      <CardItems items={items} empty="No more visits today." />
    </SummaryCard>
  );
}

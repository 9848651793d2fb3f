import { NotBuiltYet } from '@/components/not-built-yet';

export default function ScheduleRoute() {
  return (
    <NotBuiltYet
      title="Schedule"
      plan="The clinic's day and week calendar per clinician. Booked series already appear on the Series page."
    />
  );
}

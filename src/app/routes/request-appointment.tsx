import { NotBuiltYet } from '@/components/not-built-yet';

export default function RequestAppointmentRoute() {
  return <NotBuiltYet title="Request an appointment" plan="The clinic website's contact form." />;
}

import { NotBuiltYet } from '@/components/not-built-yet';

export default function PatientsRoute() {
  return (
    <NotBuiltYet
      title="Patients"
      plan="The searchable list of patients is not built yet. Each patient's page (contact details, screening flags, series, booking) opens from a request, a series or a booking."
    />
  );
}

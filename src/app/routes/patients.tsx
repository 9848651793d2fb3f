import { NotBuiltYet } from '@/components/not-built-yet';

export default function PatientsRoute() {
  return (
    <NotBuiltYet title="Patients" plan="Patient records with contact details, screening flags and their series." />
  );
}

import { PatientList } from '@/features/patients/components/list/patient-list';

export default function PatientsRoute() {
  return <PatientList />;
}

import { NotBuiltYet } from '@/components/not-built-yet';

export default function RequestsRoute() {
  return <NotBuiltYet title="Requests" plan="The front desk's inbox of website contact requests: triage, contact attempts and decisions." />;
}

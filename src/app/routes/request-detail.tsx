import { NotBuiltYet } from '@/components/not-built-yet';

export default function RequestDetailRoute() {
  return <NotBuiltYet title="Request" plan="One contact request with its attempts and actions." />;
}

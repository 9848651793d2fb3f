import { Notifications } from '@mantine/notifications';

/** The toasts at the top centre, clear of the drawers' buttons (loaded with the first toast). */
export function Toasts() {
  return <Notifications position="top-center" />;
}

import { formatPhone } from '@/lib/phone';
import { useSettings } from './api/get-settings';

/** Formats stored (E.164) numbers as the clinic's country writes them; others internationally. */
export function useFormatPhone(): (phone: string) => string {
  const { country } = useSettings();
  return (phone) => formatPhone(phone, country);
}

/** A stored phone number, shown in the clinic's format. */
export function PhoneNumber({ value }: { value: string }) {
  return useFormatPhone()(value);
}

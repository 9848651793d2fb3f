import type { BodyArea, contactMethods, preferredTimes } from '../../schemas';

type ContactMethod = (typeof contactMethods)[number];
type PreferredTime = (typeof preferredTimes)[number];

export const contactMethodLabels: Record<ContactMethod, string> = {
  phone: 'Phone call',
  email: 'Email',
  text: 'Text message',
};

export const preferredTimeLabels: Record<PreferredTime, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

export const areaLabels: Record<BodyArea, string> = { legs: 'Legs', face: 'Face' };

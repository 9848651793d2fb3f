/*
 * The website form's answers, how they read, and the message's limit, without their schemas:
 * the public form shows them before its checks (zod, phone-number metadata) have loaded.
 */

export const concerns = ['spider_veins', 'reticular_veins', 'both', 'not_sure', 'other'] as const;
export const bodyAreas = ['legs', 'face'] as const;
export const contactMethods = ['phone', 'email', 'text'] as const;
export const preferredTimes = ['morning', 'afternoon', 'evening'] as const;

export type Concern = (typeof concerns)[number];
export type BodyArea = (typeof bodyAreas)[number];
export type ContactMethod = (typeof contactMethods)[number];
export type PreferredTime = (typeof preferredTimes)[number];

export const concernLabels: Record<Concern, string> = {
  spider_veins: 'Spider veins',
  reticular_veins: 'Reticular veins',
  both: 'Spider and reticular',
  not_sure: 'Not sure',
  other: 'Other',
};

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

/** The longest message the website form takes; the form counts towards it as the person types. */
export const intakeMessageMaxLength = 2000;
const characterCount = new Intl.NumberFormat('en-US');
/** "2,000": how the form and its messages write a count. */
export const formatCount = (count: number) => characterCount.format(count);
/** "2,000 characters". */
export const formatCharacters = (count: number) => `${formatCount(count)} characters`;

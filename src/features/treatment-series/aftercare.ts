/**
 * Aftercare after a sclerotherapy session, from the clinic's public page. Shown to staff at
 * booking and on the 72-hour follow-up call, and printed for the patient: one source of truth.
 */
export const aftercareTitle = 'Aftercare after each sclerotherapy visit';

export const aftercareInstructions = [
  { topic: 'Walk', text: 'Walk for 15 to 30 minutes right after the treatment.' },
  {
    topic: 'Compression stockings',
    text: 'Wear compression stockings right after the treatment and day and night for 2 to 3 days, then as needed for the following 2 to 3 weeks.',
  },
  { topic: 'Flying', text: 'Do not fly for 2 to 3 days after the treatment.' },
  {
    topic: 'For 72 hours',
    text: 'Avoid heavy exercise, sunbathing, hot baths, hot tubs and saunas for 72 hours.',
  },
] as const;

/** The instructions as plain text, for a calendar entry or a message. */
export const aftercarePlainText = [`${aftercareTitle}:`, ...aftercareInstructions.map((item) => `- ${item.text}`)].join(
  '\n',
);

/** Small hand-made lists for believable fake people (no faker dependency). */
export const firstNames = [
  'Maria',
  'Jennifer',
  'Linda',
  'Patricia',
  'Susan',
  'Karen',
  'Lisa',
  'Nancy',
  'Sandra',
  'Donna',
  'Michelle',
  'Carol',
  'Amanda',
  'Melissa',
  'Deborah',
  'Stephanie',
  'Rebecca',
  'Laura',
  'Sharon',
  'Cynthia',
  'Aisha',
  'Mei',
  'Priya',
  'Sofia',
  'Olga',
  'Fatima',
  'Yuki',
  'Camila',
  'Nadia',
  'Grace',
  'Robert',
  'James',
  'Michael',
  'David',
  'Carlos',
  'Andre',
  'Thomas',
  'Kevin',
  'Daniel',
  'Luis',
] as const;

export const lastNames = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Nguyen',
  'Patel',
  'Kim',
  'Chen',
  'Okafor',
  'Kowalski',
  'Haddad',
  'Rossi',
  "O'Brien",
  'Schneider',
] as const;

/** Boston-area codes; every number uses the fictional 555 exchange. */
export const areaCodes = ['617', '781', '857', '508', '339', '978', '401', '603', '774', '413'] as const;
export const emailDomains = ['example.com', 'example.net', 'example.org', 'mail.example.com'] as const;

export const requestMessages = {
  spider_veins: [
    'I have spider veins on the back of both knees and would like to know if sclerotherapy can help.',
    'Small red veins around my ankles. Are evenings possible for a first visit?',
    'Fine blue veins on my thighs that appeared after my second pregnancy.',
    'Spider veins on my nose and cheeks, is that something you treat?',
  ],
  reticular_veins: [
    'Bluish veins behind my knees, about 2 mm wide. I stand all day at work.',
    'My mother had varicose veins and now I see small ones on my calves.',
    'Reticular veins on the outer thigh, no pain but I would like them gone before summer.',
  ],
  both: [
    'Both spider veins and some small bluish veins on my legs. How many sessions would I need?',
    'I had sclerotherapy five years ago elsewhere and the veins are back on both legs.',
  ],
  not_sure: [
    'Not sure what kind of veins these are, can someone take a look?',
    'Veins on my legs have become more visible this year. Please call me after 4 pm.',
    '',
  ],
  other: [
    'Large bulging veins on my left calf that ache in the evening.',
    'Is this covered by insurance? I would like a price before booking.',
  ],
} as const;

/** Hostile text that must be shown as text, never run as markup. */
export const hostileMessages = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script> please call me',
  'Hi "); DROP TABLE requests; -- my veins',
  '<a href="javascript:alert(1)">click</a> spider veins on legs',
] as const;

export const notCandidateReasons = [
  'Larger varicose veins: referred to vascular surgeon',
  'Pregnant: asked to come back after delivery',
  'History of deep vein thrombosis: referred to vascular clinic',
] as const;

export const closeReasonNotes = {
  unreachable: ['No answer after three calls and an email', 'Phone number not in service, email bounced'],
  declined: ['Decided the price is too high for now', 'Booked with another clinic closer to home'],
  duplicate: ['Same person already has an open request'],
} as const;

export const attemptNotes = [
  'Left a message with our number',
  'Will call back tomorrow',
  'Asked about prices',
  '',
] as const;
export const clinicalNotes = [
  'Treated spider veins on both calves, tolerated well.',
  'Reticular veins behind the right knee injected; mild bruising expected.',
  'Good response since last visit; treated the remaining feeder veins.',
] as const;

/** Word pools for synthetic clinic data. Invented text only: no real person or record is represented. */

export const FIRST_NAMES = [
  'Aaliyah', 'Aiden', 'Amara', 'Andrés', 'Ava', 'Benjamin', 'Camila', 'Carter', 'Chloé', 'Daniel', 'Deja', 'Diego',
  'Elena', 'Eli', 'Emma', 'Ethan', 'Fatima', 'Gabriel', 'Grace', 'Hana', 'Hiroshi', 'Imani', 'Isaac', 'Isabella',
  'Jamal', 'Jasmine', 'Jordan', 'José', 'Kai', 'Keisha', 'Leah', 'Liam', 'Lucía', 'Malik', 'Maya', 'Mei', 'Mohammed',
  'Naomi', 'Noah', 'Olivia', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Riley', 'Rosa', 'Samir', 'Sofia', 'Tariq', 'Taylor',
  'Theo', 'Valentina', 'Wei', 'Xavier', 'Yara', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Alvarez', 'Bennett', 'Brooks', 'Castillo', 'Chen', 'Cohen', 'Dubois', 'Edwards', 'Fischer',
  'Flores', 'García', 'Gupta', 'Hansen', 'Hernández', 'Ibrahim', 'Jackson', 'Jensen', 'Kim', 'Kowalski', 'Lee',
  'Lopez', 'Martin', 'Mensah', 'Müller', 'Nakamura', 'Nguyen', 'Novak', 'O’Brien', 'Okafor', 'Patel', 'Petrov',
  'Quinn', 'Ramírez', 'Rossi', 'Schmidt', 'Singh', 'Smith', 'Sullivan', 'Tanaka', 'Thompson', 'Torres', 'Usman',
  'Vasquez', 'Walker', 'Williams', 'Wong', 'Yilmaz', 'Zhang',
] as const;

export const PRONOUNS = ['she/her', 'he/him', 'they/them', ''] as const;

export const STAFF_CREDENTIALS = ['LCSW', 'LPC', 'LMFT', 'PsyD', 'PhD', 'PMHNP', 'MD', ''] as const;

export const MEDICATIONS = [
  { name: 'Sertraline', doses: ['25 mg', '50 mg', '100 mg', '150 mg'], indication: 'Depression' },
  { name: 'Escitalopram', doses: ['5 mg', '10 mg', '20 mg'], indication: 'Anxiety' },
  { name: 'Bupropion XL', doses: ['150 mg', '300 mg'], indication: 'Depression' },
  { name: 'Aripiprazole', doses: ['2 mg', '5 mg', '10 mg'], indication: 'Augmentation' },
  { name: 'Lamotrigine', doses: ['25 mg', '50 mg', '100 mg', '200 mg'], indication: 'Mood stabilization' },
  { name: 'Naltrexone', doses: ['50 mg'], indication: 'Alcohol use' },
  { name: 'Hydroxyzine', doses: ['10 mg', '25 mg'], indication: 'Anxiety as needed' },
] as const;

export const SIDE_EFFECTS = ['Nausea', 'Headache', 'Insomnia', 'Drowsiness', 'Dry mouth', 'Restlessness', 'Dizziness'] as const;

export const CONNECTION_PROBLEMS = ['audio dropped', 'video froze', 'joined late after link problem', 'on phone only'] as const;

export const NOTE_HEADINGS = [
  ['subjective', 'Subjective'],
  ['objective', 'Objective'],
  ['assessment', 'Assessment'],
  ['plan', 'Plan'],
] as const;

export const NOTE_TITLES = ['Individual session', 'Group session', 'Family session', 'Medication visit', 'Check-in call'] as const;

/** Sentence stems a therapist might write; joined at random they give note sections of realistic length. */
export const NOTE_SENTENCES = [
  'Client reports sleeping five to six hours most nights, waking early with racing thoughts about work.',
  'Client described a conflict with a sibling over the weekend and used the paced-breathing skill afterwards.',
  'Mood was described as "flat but steadier than last week"; affect congruent, somewhat restricted.',
  'Completed the thought record homework on three of five days and brought it to session.',
  'Discussed triggers for evening cravings and rehearsed a plan to call a support person instead.',
  'Client was engaged, made good eye contact on video, and offered examples without prompting.',
  'Denies current suicidal ideation, intent or plan; safety plan reviewed and remains current.',
  'Reports passive thoughts of not wanting to wake up twice this week, no plan or intent; safety plan updated.',
  'Appetite improved; client ate regular meals on most days and skipped breakfast only twice.',
  'Practiced opposite action for avoidance of the grocery store; client rated distress 6/10 before and 3/10 after.',
  'Family member joined for the last twenty minutes to discuss communication at home.',
  'Reviewed medication adherence: client missed two evening doses when staying with a friend.',
  'Client identified two values, connection and honesty, and linked one weekly action to each.',
  'Group discussed radical acceptance; client shared an example from a recent job interview.',
  'Continue IOP three days a week; reassess level of care at the next weekly review.',
  'Homework: behavioral activation schedule with one pleasant and one mastery activity per day.',
  'Client arrived on time, appropriately dressed, speech normal in rate and volume, thought process linear.',
  'Explored grief related to the anniversary of a parent’s death; client tearful but regulated by end of session.',
] as const;

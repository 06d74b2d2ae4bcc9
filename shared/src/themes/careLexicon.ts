// A small hand-made lexicon of everyday health-and-care concerns, written from the
// usual headings of patient-experience work (getting there, waiting, information,
// dignity, digital access, aftercare, carers, food, safety, costs…). Ideas rarely share
// exact words; two ideas that touch "bus" and "parking" should still count as related.

/**
 * Broad needs, after the Picker principles of patient-centred care (access; information;
 * respect; emotional support; family; continuity; physical comfort; coordination), plus
 * digital access, which those principles predate, and everyday life outside services.
 * Concepts in one family are related, more loosely than words in one concept.
 */
export type CareFamily =
  | 'access'
  | 'information'
  | 'respect'
  | 'emotional'
  | 'family'
  | 'continuity'
  | 'comfort'
  | 'coordination'
  | 'digital'
  | 'everyday'

/** A family's name, for a group whose ideas share a broad need but no single concept. */
export const FAMILY_LABELS: Readonly<Record<CareFamily, string>> = {
  access: 'Access',
  information: 'Information',
  respect: 'Respect',
  emotional: 'Emotional support',
  family: 'Family',
  continuity: 'Continuity of care',
  comfort: 'Comfort',
  coordination: 'Joined-up care',
  digital: 'Digital access',
  everyday: 'Everyday life',
}

export interface CareConcept {
  /** A short theme name, used when the concept is what a group most has in common. */
  label: string
  family: CareFamily
  /** Words, separated by white space; plurals and -ed/-ing forms are found by stemming. */
  words: string
}

const concept = (label: string, family: CareFamily, words: string): CareConcept => ({ label, family, words })

export const CARE_CONCEPTS: readonly CareConcept[] = [
  concept('Getting there', 'access', `travel journey transport bus buses coach train tram taxi cab car drive driving
    driver parking park fare ticket road route station distance far nearby closer cycle bike walk`),
  concept('Physical access', 'access', `access accessible accessibility disabled disability mobility wheelchair
    ramp lift elevator stairs step door entrance exit toilet handrail pram pushchair walker crutches
    scooter floor level seat seating`),
  concept('Waiting times', 'access', `wait queue queuing delay late lateness early overdue backlog hour minute
    long longer quick quicker sooner fast prompt punctual list`),
  concept('Appointments', 'access', `appointment book booking rebook reschedule cancel cancellation slot
    availability available evening weekend saturday sunday opening reminder visit consultation
    referral refer`),
  concept('Crisis help', 'access', `crisis emergency urgent ambulance helpline hotline police overnight`),
  concept('Costs', 'access', `cost pay paid free money fare price charge expensive afford affordable cheap
    benefits income poverty refund bill allowance pension entitled entitlement fee debt`),
  concept('Online and apps', 'digital', `online digital app website web internet wifi broadband email smartphone
    computer laptop tablet device password login logon account portal download screen video zoom`),
  concept('Phone and messages', 'digital', `phone telephone call ring text texting sms message voicemail
    contact email letter post`),
  concept('Clear information', 'information', `information info leaflet booklet letter explain explanation
    jargon plain simple easy understand read reading write written writing print printed font braille
    picture diagram video sign signage words wording`),
  concept('Languages', 'information', `language interpreter interpreting translate translation english
    welsh arabic somali bengali urdu punjabi gujarati polish romanian portuguese spanish french chinese
    cantonese mandarin turkish kurdish farsi dari pashto tigrinya amharic bsl deaf`),
  concept('Paperwork', 'information', `form paperwork letter post application apply claim
    document documents certificate`),
  concept('Tests and results', 'information', `test result scan blood xray diagnosis diagnosed screening`),
  concept('Kindness and respect', 'respect', `kind kindness kindly respect respectful dignity compassion
    compassionate empathy caring smile smiling friendly polite rude rudeness manner manners listen heard
    believe hello welcome welcoming greet greeting name judge judgement stigma rush dismiss ignore trust
    warm human person treat patience attitude`),
  concept('Choice and involvement', 'respect', `choice choose decide decision involve involvement preference
    prefer consent opinion voice feedback complaint complain`),
  concept('Privacy', 'respect', `privacy private confidential confidentiality record records share
    sharing data secret`),
  concept('Fair treatment', 'respect', `discrimination racism racist prejudice equality equal fair unfair
    culture cultural religion religious faith prayer pronoun gender trans lgbt gay`),
  concept('Feelings', 'emotional', `anxious anxiety worry worried stress stressed scared fear frightened
    nervous upset calm reassure reassurance cope coping emotional distress panic lonely loneliness`),
  concept('Mental health', 'emotional', `mental counselling counsellor counselor therapy therapist
    psychologist psychology psychiatrist psychiatry cbt harm suicidal suicide wellbeing
    depression depressed`),
  concept('Company', 'emotional', `company lonely loneliness isolated isolation chat chatting talk talking
    conversation befriend befriending befriender companion pet dog cat visitor visiting`),
  concept('Family and carers', 'family', `carer caring family mum mother dad father parent child children son
    daughter partner husband wife relative grandparent grandchild friend guardian`),
  concept('Aftercare', 'continuity', `aftercare discharge follow followup recover recovery rehab
    rehabilitation operation surgery hospital home check checkup continuity handover plan review`),
  concept('Community support', 'continuity', `community social support group club peer volunteer charity
    prescriber prescribing befriending neighbour local centre library church mosque temple faith
    housing homeless money debt benefits job`),
  concept('Medicines', 'continuity', `medicine medication prescription pharmacy pharmacist chemist dose tablet
    pill injection`),
  concept('Staff', 'coordination', `doctor nurse gp staff staffing consultant receptionist reception clinician
    therapist midwife midwives physio dentist surgeon team agency locum shortage understaffed busy`),
  concept('Comfortable spaces', 'comfort', `room noise noisy loud quiet bright light lighting dark cold hot
    warm temperature seat chair comfortable uncomfortable space privacy water toys ward bed`),
  concept('Food and drink', 'comfort', `food meal eat eating eaten drink drinking hungry thirsty cook cooking
    lunch breakfast dinner supper tea coffee snack fruit vegetables diet dietary nutrition menu portion
    sandwich fridge kitchen halal kosher vegetarian vegan gluten`),
  concept('Cleanliness', 'comfort', `clean cleaner cleaning cleanliness dirty hygiene hygienic tidy messy dust
    smell smelly bins rubbish`),
  concept('Personal care', 'comfort', `wash washing bath bathing shower dressing dressed toilet toileting
    continence pads shave shaving hair teeth bed bedtime sleep sleeping night`),
  concept('Safety', 'comfort', `safe safety unsafe fall falling trip slip alarm pendant rail grab bathroom
    stairlift equipment adaptation hoist smoke fire lock secure security bullying violence abuse`),
  concept('Activities', 'everyday', `activity exercise walk walking garden gardening outdoors outside
    music game hobby sport gym dance art craft television radio newspaper quiz bingo`),
  concept('School and work', 'everyday', `school college university teacher lesson class exam homework
    coursework student pupil education job work working employer boss shift colleague`),
]

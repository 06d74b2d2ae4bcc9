// English words too common to say what an idea is about. Other languages keep all their
// words: a short list there would do little, and a wrong one would drop meaning.

const WORDS = `
a about above after again against all also am an and any are as at
be because been before being below between both but by
can cannot could did do does doing done down during
each either else even ever every few for from further
had has have having he her here hers herself him himself his how
i if in into is it its itself just least less let lets
may me might more most must my myself neither no nor not now
of off on once only onto or other our ours ourselves out over own
per please quite rather really same shall she should so some such
than that the their theirs them themselves then there these they this those through thus to too
under until up upon us very was we were what whatever when where whether which while who whom whose why will with within without would
yes yet you your yours yourself yourselves
dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt
im ive id ill youre youve youd theyre theyve weve its thats theres whats
get gets got getting give gives given go goes going gone make makes made making
want wants need needs like thing things something someone somebody anyone anybody anything
everyone everybody everything nothing nobody lot lots much many way ways etc
one two three able always never often sometimes still already maybe perhaps
`

const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ''))

/** True for a word that says nothing about the idea's theme, including bare numbers. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)
}

// Arabic wording: the wall screen (present mode) shown on the room's projector.
import type { Translation } from '../types.ts'
import type { present as english } from '../en/present.ts'

export const present: Translation<typeof english> = {
  'present.opening': 'جارٍ فتح شاشة العرض…',
  'present.tabTitle': 'شاشة العرض: {title}',
  'present.untitled': 'غرفة Roundtable',
  'present.joinAt': 'انضم من خلال {address}',
  'present.joinAt.easy': 'اذهب إلى {address} على هاتفك أو حاسوبك.',
  'present.codeLabel': 'ثم اكتب هذا الرمز:',
  'present.codeLabel.easy': 'اكتب هذا الرمز.',
  'present.qrLabel': 'رمز QR للانضمام إلى هذه الغرفة',
  'present.qrHint': 'أو امسح هذا الرمز بكاميرا هاتفك.',
  'present.qrHint.easy': 'أو وجّه كاميرا هاتفك إلى هذا المربع.',
  'present.ideasHeading': 'أحدث الأفكار',
  'present.ideaCount': {
    zero: 'لا توجد أفكار بعد',
    one: 'فكرة واحدة حتى الآن',
    two: 'فكرتان حتى الآن',
    few: '{count} أفكار حتى الآن',
    many: '{count} فكرة حتى الآن',
    other: '{count} فكرة حتى الآن',
  },
  'present.noIdeas': 'ستظهر الأفكار الجديدة هنا عندما يضيفها الناس.',
  'present.noIdeas.easy': 'ستظهر أفكاركم هنا.',
  'present.loadingIdeas': 'جارٍ تحميل الأفكار…',
  'present.newIdea': 'فكرة جديدة: {text}',
  'present.live': 'مباشر',
  'present.connecting': 'جارٍ الاتصال…',
  'present.reconnecting': 'جارٍ إعادة الاتصال… ستتحدّث الشاشة بعد قليل.',
  'present.backToBoard': 'العودة إلى اللوحة',
}

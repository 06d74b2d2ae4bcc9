// Arabic wording: the display and language settings.
import type { Translation } from '../types.ts'
import type { settings as english } from '../en/settings.ts'

export const settings: Translation<typeof english> = {
  'settings.open': 'العرض واللغة',
  'settings.title': 'العرض واللغة',
  'settings.intro': 'هذه الإعدادات لك وحدك. تبقى على هذا الجهاز.',
  'settings.intro.easy': 'غيّر شكل Roundtable لك. أنت فقط ترى هذا.',
  'settings.language': 'اللغة',
  'settings.easyRead': 'قراءة سهلة',
  'settings.easyReadHint': 'كلمات أكبر وصور وجمل قصيرة.',
  'settings.highContrast': 'تباين عالٍ',
  'settings.highContrastHint': 'ألوان سوداء وبيضاء قوية.',
  'settings.textSize': 'حجم النص',
  'settings.textSize.standard': 'عادي',
  'settings.textSize.large': 'كبير',
  'settings.textSize.largest': 'الأكبر',
  'settings.done': 'تم',
}

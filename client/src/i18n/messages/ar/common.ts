// Arabic wording: common to every screen.
import type { Translation } from '../types.ts'
import type { common as english } from '../en/common.ts'

export const common: Translation<typeof english> = {
  'common.appName': 'Roundtable',
  'common.close': 'إغلاق',
  'common.cancel': 'إلغاء',
  'common.save': 'حفظ',
  'common.tryAgain': 'حاول مرة أخرى',
  'common.loading': 'جارٍ التحميل…',
  'common.unreachable': 'لا يستطيع Roundtable الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.',
  'common.failed': 'لم ينجح ذلك. يرجى المحاولة مرة أخرى.',
  'common.readAloud': 'اقرأ بصوت عالٍ',
  'common.readAloudThis': 'اقرأ بصوت عالٍ: {text}',
  'common.stopReading': 'أوقف القراءة',
  'common.homeLink': 'اذهب إلى صفحة Roundtable الرئيسية',
  'common.notFound.title': 'الصفحة غير موجودة',
  'common.notFound.body': 'لا يوجد شيء على هذا العنوان.',
}

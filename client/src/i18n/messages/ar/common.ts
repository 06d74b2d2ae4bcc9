// Arabic wording: common to every screen.
import type { Translation } from '../types.ts'
import type { common as english } from '../en/common.ts'

export const common: Translation<typeof english> = {
  'common.appName': 'Roundtable',
  'common.close': 'إغلاق',
  'common.cancel': 'إلغاء',
  'common.save': 'حفظ',
  'common.change': 'تغيير',
  'common.delete': 'حذف',
  'common.print': 'طباعة',
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
  'common.notFound.body.easy': 'هذه الصفحة غير موجودة. تحقق من الرابط.',
  'common.moreOptions': 'خيارات أخرى',
  'common.copied': 'تم النسخ',
  'common.copyFailed': 'لم يتم النسخ. حدّد النص وانسخه بنفسك.',
  'common.connection.connecting': 'جارٍ الاتصال…',
  'common.connection.connected': 'متصل',
  'common.connection.offline': 'غير متصل — تغييراتك محفوظة وستُرسَل عندما يعود الاتصال',
  'common.connection.offline.easy': 'لا يوجد إنترنت. أفكارك في أمان. ستظهر على اللوحة عندما يعود الإنترنت.',
  'common.connection.restarting': 'الخادم يعيد التشغيل — جارٍ إعادة الاتصال…',
  'common.connection.roomMissing': 'هذه الغرفة غير موجودة',
}

// Arabic wording: list — the board as a list of themes and ideas, for keyboards and screen readers.
import type { Translation } from '../types.ts'
import type { list as english } from '../en/list.ts'

export const list: Translation<typeof english> = {
  'list.add.title': 'أضف فكرة',
  'list.add.label': 'فكرتك',
  'list.add.hint': 'اضغط Enter لإضافتها. اضغط Shift و Enter معًا لتبدأ سطرًا جديدًا.',
  'list.add.hint.easy': 'اكتب فكرتك. ثم اضغط Enter.',
  'list.add.button': 'أضف الفكرة',
  'list.add.empty': 'من فضلك اكتب فكرتك أولًا.',
  'list.add.done': 'فكرتك الآن على اللوحة.',
  'list.add.private': 'الكتابة الخاصة مفعّلة. تبقى الأفكار الجديدة معك إلى أن يتم كشفها.',
  'list.add.private.easy': 'الآن تكتب أفكارًا لك وحدك. ستراها المجموعة لاحقًا.',
  'list.add.privateButton': 'اذهب إلى أفكاري الخاصة',

  'list.ideas': 'الأفكار',
  'list.noTheme': 'ليست في موضوع بعد',
  'list.ideaCount': { zero: 'لا أفكار', one: 'فكرة واحدة', two: 'فكرتان', few: '{count} أفكار', many: '{count} فكرة', other: '{count} فكرة' },
  'list.empty': 'لا توجد أفكار بعد. أضف أول فكرة في الأعلى.',
  'list.empty.easy': 'لا توجد أفكار بعد. يمكنك أن تضيف فكرة.',
  'list.themeEmpty': 'لا توجد أفكار في هذا الموضوع بعد.',

  'list.emptyIdea': 'فكرة فارغة',
  'list.writtenBy': 'كتبها {name}',
  'list.vote': 'صوّت',
  'list.voteFor': 'صوّت لـ: {idea}',
  'list.takeBack': 'اسحب صوتي',
  'list.takeBackFrom': 'اسحب صوتي من: {idea}',
  'list.myDots': {
    zero: 'ليست لك نقاط على هذه الفكرة',
    one: 'نقطتك على هذه الفكرة',
    two: 'نقطتاك على هذه الفكرة',
    few: '{count} من نقاطك على هذه الفكرة',
    many: '{count} من نقاطك على هذه الفكرة',
    other: '{count} من نقاطك على هذه الفكرة',
  },
  'list.votes': { zero: 'لا أصوات', one: 'صوت واحد', two: 'صوتان', few: '{count} أصوات', many: '{count} صوتًا', other: '{count} صوت' },
  'list.edit': 'عدّل',
  'list.editThis': 'عدّل: {idea}',
  'list.move': 'انقل إلى موضوع…',
  'list.moveThis': 'انقل إلى موضوع: {idea}',
  'list.withdraw': 'اسحب فكرتي',
  'list.withdrawThis': 'اسحب فكرتي: {idea}',
  'list.hide': 'أخفِ',
  'list.hideThis': 'أخفِ: {idea}',

  'list.editor.label': 'غيّر كلمات هذه الفكرة',
  'list.editor.hint': 'اضغط Enter للحفظ، أو Escape للخروج بدون حفظ.',
  'list.editor.hint.easy': 'غيّر الكلمات. اضغط Enter للحفظ.',
  'list.editor.save': 'احفظ',
  'list.editor.cancel': 'إلغاء',
  'list.editor.empty': 'من فضلك اكتب بعض الكلمات. لإزالة فكرتك من اللوحة، اسحبها.',

  'list.news.idea': 'فكرة جديدة: {text}',
  'list.news.ideas': {
    zero: 'لا أفكار جديدة',
    one: 'فكرة جديدة واحدة',
    two: 'فكرتان جديدتان',
    few: '{count} أفكار جديدة',
    many: '{count} فكرة جديدة',
    other: '{count} فكرة جديدة',
  },

  'list.themeMade': 'تم إنشاء الموضوع {name}.',
  'list.themeDeleted': 'تم حذف الموضوع {name}. أفكاره ما زالت على اللوحة.',
}

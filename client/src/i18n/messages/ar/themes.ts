// Arabic wording: themes, the Themes panel, its dialogs and what the live region says about them.
import type { Translation } from '../types.ts'
import type { themes as english } from '../en/themes.ts'

export const themes: Translation<typeof english> = {
  'themes.title': 'المواضيع',
  'themes.new': 'موضوع جديد',
  'themes.none': 'لا توجد مواضيع بعد. الموضوع يجمع أفكارًا تنتمي إلى بعضها.',
  'themes.none.easy': 'لا توجد مواضيع بعد. الموضوع هو مجموعة أفكار متشابهة.',
  'themes.noTheme': 'بلا موضوع',
  'themes.ideasInNoTheme': 'أفكار بلا موضوع',
  'themes.ideasIn': 'الأفكار في {name}',
  'themes.noIdeas': 'لا توجد أفكار في هذا الموضوع بعد.',
  'themes.easyReadLink': 'ملخص سهل القراءة',
  'themes.needName': 'أعطِ الموضوع اسمًا.',

  'themes.rename': 'غيّر الاسم',
  'themes.renameName': 'غيّر الاسم: {name}',
  'themes.newNameFor': 'اسم جديد لـ {name}',
  'themes.saveName': 'احفظ الاسم',
  'themes.delete': 'احذف',
  'themes.deleteName': 'احذف {name}',

  'themes.idea.move': 'انقل…',
  'themes.idea.moveLabel': 'انقل «{idea}» إلى موضوع',

  'themes.proposals.otherNames': 'أسماء أخرى لـ {name}',
  'themes.proposals.support': 'أؤيّد: {name}',
  'themes.proposals.supporters': {
    zero: 'لا أحد',
    one: 'شخص واحد',
    two: 'شخصان',
    few: '{count} أشخاص',
    many: '{count} شخصًا',
    other: '{count} شخص',
  },
  'themes.proposals.useName': 'استخدم هذا الاسم: {name}',
  'themes.proposals.anotherName': 'اسم آخر لـ {name}',
  'themes.proposals.suggest': 'اقترح هذا الاسم',
  'themes.proposals.writeFirst': 'اكتب اسمًا أولًا.',
  'themes.proposals.notAdded': 'تعذّرت إضافة هذا الاسم.',

  'themes.newDialog.title': 'موضوع جديد',
  'themes.newDialog.intro': 'الموضوع مجموعة من الأفكار التي تنتمي إلى بعضها. يظهر على اللوحة كمربع ملوّن.',
  'themes.newDialog.intro.easy': 'الموضوع هو مجموعة أفكار متشابهة. تراه على اللوحة كمربع له لون.',
  'themes.newDialog.name': 'اسم الموضوع',
  'themes.newDialog.failed': 'تعذّر إنشاء الموضوع. حاول مرة أخرى من فضلك.',
  'themes.newDialog.make': 'أنشئ الموضوع',

  'themes.moveDialog.title': 'انقل إلى موضوع',
  'themes.moveDialog.legend': 'الموضوع',
  'themes.moveDialog.hint': 'استخدم مفاتيح الأسهم للاختيار، ثم اضغط Enter.',
  'themes.moveDialog.hint.easy': 'اختر موضوعًا بمفاتيح الأسهم. ثم اضغط Enter.',
  'themes.moveDialog.now': '(الحالي)',
  'themes.moveDialog.move': 'انقل',

  'themes.deleteDialog.title': 'هل تريد حذف الموضوع «{name}»؟',
  'themes.deleteDialog.ideas': {
    zero: 'لا توجد فيه أفكار.',
    one: 'الفكرة التي فيه تبقى على اللوحة، بلا موضوع.',
    two: 'الفكرتان اللتان فيه تبقيان على اللوحة، بلا موضوع.',
    few: 'الأفكار الـ{count} التي فيه تبقى على اللوحة، بلا موضوع.',
    many: 'الأفكار الـ{count} التي فيه تبقى على اللوحة، بلا موضوع.',
    other: 'الأفكار الـ{count} التي فيه تبقى على اللوحة، بلا موضوع.',
  },
  'themes.deleteDialog.onlyTheme': 'يُحذف الموضوع ومربعه فقط.',
  'themes.deleteDialog.confirm': 'نعم، احذف الموضوع',
  'themes.deleteDialog.keep': 'أبقِه',

  'themes.news.made': 'أُنشئ الموضوع {name}.',
  'themes.news.deleted': 'حُذف الموضوع {name}. أفكاره ما زالت على اللوحة.',
  'themes.news.movedTo': 'نُقلت إلى {name}',
  'themes.news.movedOutOf': 'أُخرجت من {name}. لا موضوع لها الآن.',
  'themes.news.movedOut': 'أُخرجت من الموضوع. لا موضوع لها الآن.',
  'themes.news.renamed': 'اسم الموضوع الآن {name}.',
}

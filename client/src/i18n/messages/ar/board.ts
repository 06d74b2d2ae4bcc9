// Arabic wording: the board's top bar, notices, people here, and idea cards on the canvas.
import type { Translation } from '../types.ts'
import type { board as english } from '../en/board.ts'

export const board: Translation<typeof english> = {
  'board.addIdea': 'أضف فكرة',
  'board.changeAppearance': 'غيّر طريقة ظهوري',
  'board.facilitate': 'إدارة الجلسة',

  'board.notice.linkRefused': 'رابط الميسّر هذا لم يعد يعمل.',
  'board.notice.changeRefused': 'اللوحة مقفلة، لذلك لم يُحفظ آخر تغيير قمت به.',
  'board.notice.changeRefused.easy': 'اللوحة مقفلة. آخر تغيير لم يُحفظ.',
  'board.notice.ok': 'حسنًا',

  'board.attention.moved': 'انتقل عرضك إلى ما تنظر إليه المجموعة.',
  'board.attention.moved.easy': 'أنت الآن ترى ما تراه المجموعة.',

  'board.people.title': 'الموجودون الآن',
  'board.people.you': '(أنت)',
  'board.people.follow': 'تابِع',
  'board.people.followName': 'تابِع {name}',
  'board.people.stopFollowing': 'أوقف المتابعة',
  'board.people.stopFollowingName': 'أوقف متابعة {name}',

  'board.withdraw.title': 'هل تريد سحب هذه الفكرة؟',
  'board.withdraw.body': 'ستُزال من اللوحة عند الجميع، مع كل الأصوات التي عليها.',
  'board.withdraw.body.easy': 'ستختفي فكرتك من اللوحة. لن يراها أحد بعد الآن. الأصوات عليها ستختفي أيضًا.',
  'board.withdraw.confirm': 'نعم، اسحبها',
  'board.withdraw.keep': 'أبقِها',

  'board.idea.empty': 'فكرة فارغة',
  'board.idea.emptyInLabel': 'فكرة فارغة',
  'board.idea.describe': 'فكرة: {text}',
  'board.idea.describeEmpty': 'فكرة فارغة',
  'board.idea.removed': 'أُزيلت هذه الفكرة.',
  'board.idea.writeHere': 'انقر مرتين لتكتب',
  'board.idea.writeHere.easy': 'انقر هنا مرتين. ثم اكتب.',
  'board.idea.textBox': 'نص الفكرة',
  'board.idea.writtenBy': 'كتبها',
  'board.idea.hiddenMark': 'مخفية',
  'board.idea.restore': 'أعِدها',
  'board.idea.restoreLabel': 'أعِد: {idea}',
  'board.idea.hide': 'أخفِها',
  'board.idea.hideLabel': 'أخفِ: {idea}',
  'board.idea.withdraw': 'اسحب فكرتي',
  'board.idea.withdrawLabel': 'اسحب فكرتي: {idea}',
  'board.idea.moveToTheme': 'انقل إلى موضوع',
  'board.idea.moveToThemeLabel': 'انقل إلى موضوع: {idea}',

  'board.vote.vote': 'صوِّت',
  'board.vote.voteFor': 'صوِّت لـ: {idea}',
  'board.vote.takeBack': 'استرجع',
  'board.vote.takeBackFrom': 'استرجع نقطة من: {idea}',
  'board.vote.myDots': {
    one: 'نقطتك على هذه الفكرة',
    two: 'نقطتاك على هذه الفكرة',
    few: '{count} نقاط لك على هذه الفكرة',
    many: '{count} نقطة لك على هذه الفكرة',
    other: '{count} نقطة لك على هذه الفكرة',
  },
}

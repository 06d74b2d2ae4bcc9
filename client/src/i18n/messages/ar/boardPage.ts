// Arabic wording: boardPage — the board page around the canvas or the list.
import type { Translation } from '../types.ts'
import type { boardPage as english } from '../en/boardPage.ts'

export const boardPage: Translation<typeof english> = {
  'boardPage.documentTitle': 'اللوحة',
  'boardPage.untitled': 'لوحة Roundtable',
  'boardPage.main': 'اللوحة',
  'boardPage.aside': 'بجانب اللوحة',
  'boardPage.loading': 'جارٍ تحميل اللوحة…',
  'boardPage.lockedIdeas': 'اللوحة مقفلة، لذلك لا يستطيع أحد إضافة أفكار الآن.',
  'boardPage.lockedIdeas.easy': 'اللوحة مقفلة. لا أحد يستطيع إضافة أفكار الآن.',
  'boardPage.lockedThemes': 'اللوحة مقفلة، لذلك لا يمكن تغيير المواضيع الآن.',
  'boardPage.lockedThemes.easy': 'اللوحة مقفلة. لا أحد يستطيع تغيير المواضيع الآن.',
  'boardPage.withdrawNotYours': 'فقط الشخص الذي كتب الفكرة يستطيع سحبها.',
  'boardPage.moreTimeFailed': 'لم يصل طلبك. من فضلك حاول مرة أخرى.',
  'boardPage.view.label': 'اعرض اللوحة على شكل',
  'boardPage.view.canvas': 'لوحة رسم',
  'boardPage.view.list': 'قائمة',
}

// The live region's sentence for a look's news, in the person's language.
import type { Translate } from '../i18n/useT.ts'
import { phaseAnnouncement } from '../session/phaseWords.ts'
import type { ListNews } from './listNews.ts'

export function newsWords(news: readonly ListNews[], t: Translate): string {
  return news
    .map((item) => {
      switch (item.kind) {
        case 'phase':
          return phaseAnnouncement(item.phase, t)
        case 'idea':
          return t('list.news.idea', { text: item.text })
        case 'ideas':
          return t('list.news.ideas', { count: item.count })
      }
    })
    .join(' ')
}

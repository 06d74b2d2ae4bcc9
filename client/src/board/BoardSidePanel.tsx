// The board page's side panel: this person's private ideas (while private writing is on, or
// while they still hold some), the vote results when open, who is here, and the themes.
import type { Idea } from '@roundtable/shared'
import type { RefObject } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { useT } from '../i18n/useT.ts'
import { PrivateIdeasPanel } from '../privateIdeas/PrivateIdeasPanel.tsx'
import type { PrivateIdeasStore } from '../privateIdeas/usePrivateIdeas.ts'
import { easyReadPath } from '../routing/route.ts'
import { ThemesPanel } from '../themes/ThemesPanel.tsx'
import type { ThemeBoard } from '../themes/useThemeBoard.ts'
import { ResultsPanel } from '../voting/ResultsPanel.tsx'
import type { CanvasControls } from './CanvasView.tsx'
import { PeopleHere } from './PeopleHere.tsx'

export function BoardSidePanel({
  roomId,
  participantId,
  ideas,
  privateIdeas,
  privateWriting,
  revealRound,
  lockedIdeasReason,
  privateBox,
  showResults,
  tallies,
  awareness,
  following,
  controls,
  themeBoard,
  canSettle,
  themesDisabledReason,
  canMakeThemes,
}: {
  roomId: string
  participantId: string
  /** The ideas everyone may see. */
  ideas: readonly Idea[]
  privateIdeas: PrivateIdeasStore
  privateWriting: boolean
  revealRound: number
  lockedIdeasReason: string | null
  privateBox: RefObject<HTMLTextAreaElement | null>
  showResults: boolean
  tallies: ReadonlyMap<string, number> | null
  /** Null until the board's connection is made. */
  awareness: Awareness | null
  following: string | null
  controls: CanvasControls | null
  themeBoard: ThemeBoard
  canSettle: boolean
  themesDisabledReason: string | null
  canMakeThemes: boolean
}) {
  const t = useT()
  return (
    <aside className="side-panel" aria-label={t('boardPage.aside')}>
      {(privateWriting || privateIdeas.state.ideas.length > 0) && (
        <PrivateIdeasPanel
          ideas={privateIdeas.state.ideas}
          writing={privateWriting}
          disabledReason={lockedIdeasReason}
          textBox={privateBox}
          onAdd={(text) => privateIdeas.add(text, revealRound)}
          onEdit={privateIdeas.edit}
          onDelete={privateIdeas.remove}
        />
      )}
      {showResults && <ResultsPanel ideas={ideas} tallies={tallies} />}
      {awareness && (
        <PeopleHere awareness={awareness} selfId={participantId} following={following} onFollow={controls?.follow} onStopFollowing={controls?.stopFollowing} />
      )}
      <ThemesPanel
        themes={themeBoard.themes}
        ideas={ideas}
        participantId={participantId}
        canSettle={canSettle}
        disabledReason={themesDisabledReason}
        canMakeThemes={canMakeThemes}
        onNewTheme={() => themeBoard.setMakingTheme(true)}
        actions={themeBoard.actions}
        easyReadPath={easyReadPath(roomId)}
      />
    </aside>
  )
}

// "Facilitate": the controls for running the session, shown only in a browser holding a
// working facilitator link. Nothing here changes how this person appears to others.
import type { Idea, SharedView, SuggestedTheme } from '@roundtable/shared'
import type { FacilitatorApi } from '../api/facilitatorApi.ts'
import type { OutcomesApi } from '../api/outcomesApi.ts'
import type { SessionSnapshot } from '../connection/SessionConnection.ts'
import { useT } from '../i18n/useT.ts'
import type { PictureFormat } from '../themes/boardPicture.ts'
import { BoardControls } from './BoardControls.tsx'
import { FacilitatorLinks } from './FacilitatorLinks.tsx'
import { HiddenIdeas } from './HiddenIdeas.tsx'
import { Outcomes } from './Outcomes.tsx'
import { PhaseControls } from './PhaseControls.tsx'
import { SuggestThemes } from './SuggestThemes.tsx'
import { TimerControls } from './TimerControls.tsx'
import type { FacilitatorCommands } from './useFacilitatorCommands.ts'
import { DeleteRoom } from './DeleteRoom.tsx'
import { WallScreenLink } from './WallScreenLink.tsx'
import { VoteSettingsForm } from './VoteSettingsForm.tsx'
import { WelcomeEditor } from './WelcomeEditor.tsx'

export function FacilitatePanel({
  api,
  roomId,
  facilitatorKey,
  snapshot,
  commands,
  ideas,
  currentView,
  themeIds,
  onAcceptSuggestion,
  onAnnounce,
  outcomes,
  roomTitle,
  picture,
  easyReadPath,
}: {
  api: FacilitatorApi
  roomId: string
  facilitatorKey: string
  snapshot: SessionSnapshot
  commands: FacilitatorCommands
  ideas: readonly Idea[]
  currentView: () => SharedView | null
  themeIds: ReadonlySet<string>
  onAcceptSuggestion: ((suggestion: SuggestedTheme) => string | null) | null
  /** Says something in the board's polite live region. */
  onAnnounce: (text: string) => void
  outcomes: OutcomesApi
  roomTitle: string
  picture: ((format: PictureFormat) => Promise<Blob | null>) | null
  easyReadPath: string
}) {
  const t = useT()
  const { session } = snapshot
  const visibleIdeas = ideas.filter((idea) => !session.hiddenIdeaIds.includes(idea.id))
  return (
    <aside className="facilitate-panel" id="facilitate-panel" aria-labelledby="facilitate-title" data-testid="facilitate-panel">
      <h2 id="facilitate-title">{t('facilitate.title')}</h2>
      <p className="error facilitate-error" role="alert">
        {commands.error}
      </p>
      <PhaseControls session={session} commands={commands} />
      <TimerControls timer={session.timer} moreTimeCount={snapshot.moreTimeCount} commands={commands} />
      <BoardControls session={session} commands={commands} currentView={currentView} />
      <WallScreenLink roomId={roomId} />
      <VoteSettingsForm settings={session.voteSettings} commands={commands} />
      <SuggestThemes ideas={visibleIdeas} themeIds={themeIds} onAccept={onAcceptSuggestion} onAnnounce={onAnnounce} />
      <Outcomes api={outcomes} roomId={roomId} roomTitle={roomTitle} facilitatorKey={facilitatorKey} picture={picture} easyReadPath={easyReadPath} />
      <HiddenIdeas hiddenIds={session.hiddenIdeaIds} ideas={ideas} commands={commands} />
      <WelcomeEditor api={api} roomId={roomId} facilitatorKey={facilitatorKey} welcome={session.welcome} commands={commands} />
      <FacilitatorLinks api={api} roomId={roomId} facilitatorKey={facilitatorKey} />
      <DeleteRoom roomId={roomId} facilitatorKey={facilitatorKey} />
    </aside>
  )
}

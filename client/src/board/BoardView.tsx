// A room's board: the room's title and question, "Add an idea", the canvas/list switch and
// display settings, the session bar (phase, timer, votes), who is here, the themes, whether
// the connection is live, the board once it has loaded — as a canvas or as a list — and for
// a browser with a working facilitator link, the Facilitate panel.
import type { Participant } from '@roundtable/shared'
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FacilitatorApi } from '../api/facilitatorApi.ts'
import type { OutcomesApi } from '../api/outcomesApi.ts'
import type { ParticipantApi } from '../api/participantApi.ts'
import type { RoomInfo } from '../api/roomsApi.ts'
import { FacilitatePanel } from '../facilitate/FacilitatePanel.tsx'
import { useFacilitatorCommands } from '../facilitate/useFacilitatorCommands.ts'
import { useT } from '../i18n/useT.ts'
import { ListThemeDialogs } from '../list/ListThemeDialogs.tsx'
import { ListView } from '../list/ListView.tsx'
import { useBoardChanges } from '../list/useBoardChanges.ts'
import { useFocusAfterWithdraw } from '../list/useFocusAfterWithdraw.ts'
import { usePrivateIdeas } from '../privateIdeas/usePrivateIdeas.ts'
import { useRevealPublisher } from '../privateIdeas/useRevealPublisher.ts'
import { IdentityDialog } from '../room/IdentityDialog.tsx'
import type { Appearance } from '../room/IdentityForm.tsx'
import { RoomMissing } from '../room/RoomProblems.tsx'
import { easyReadPath } from '../routing/route.ts'
import type { FacilitatorAccess } from '../room/useFacilitatorAccess.ts'
import { SessionBar } from '../session/SessionBar.tsx'
import { SessionContext, useSessionConnection } from '../session/useSession.ts'
import { WelcomePanel, hasWelcome, welcomeSignature } from '../session/WelcomePanel.tsx'
import { ThemeDialogs } from '../themes/ThemeDialogs.tsx'
import { useThemeBoard } from '../themes/useThemeBoard.ts'
import { useDocumentTitle } from '../ui/useDocumentTitle.ts'
import { useBallot } from '../voting/useBallot.ts'
import { BoardNotices } from './BoardNotices.tsx'
import { BoardSidePanel } from './BoardSidePanel.tsx'
import type { CanvasControls } from './CanvasView.tsx'
import { CardContext } from './CardContext.tsx'
import { BoardHeader } from './BoardHeader.tsx'
import { canvasCode } from './boardCode.ts'
import { useAttention } from './useAttention.ts'
import { useCardSessionValue } from './useCardSessionValue.ts'
import { useIdeas } from './useIdeas.ts'
import { useParticipantRecord } from './useParticipantRecord.ts'
import { useParticipantRequests } from './useParticipantRequests.ts'
import { useRoomConnection } from './useRoomConnection.ts'
import type { IdeaMove } from '../sync/ThemeFrames.ts'
import { WithdrawDialog } from './WithdrawDialog.tsx'

// tldraw is most of the app's code: it loads only when someone opens the canvas, and then
// while the board's data is on its way rather than after it has arrived (from the page's
// start, see room/headStart.ts, when the address is the canvas).
const CanvasView = canvasCode.Component

/** Facilitators see hidden ideas, marked. */
const NOTHING_HIDDEN: readonly string[] = []

export function BoardView({
  room,
  view,
  participant,
  token,
  access,
  apis,
  onChangeAppearance,
}: {
  room: RoomInfo
  /** The canvas, or the same live board as a list for keyboards and screen readers. */
  view: 'canvas' | 'list'
  participant: Participant
  token: string
  access: FacilitatorAccess
  apis: { participant: ParticipantApi; facilitator: FacilitatorApi; outcomes: OutcomesApi }
  onChangeAppearance: (appearance: Appearance) => void
}) {
  const t = useT()
  useDocumentTitle(room.title || t('boardPage.documentTitle'))
  const facilitatorKey = access.status === 'valid' ? access.key : null
  const { connection, status, generation, changeRefused, dismissRefusal } = useRoomConnection(room.id, facilitatorKey)
  const snapshot = useSessionConnection(room.id)
  const { session } = snapshot
  const lockedForMe = session.locked && !facilitatorKey
  const [canvasControls, setControls] = useState<CanvasControls | null>(null)
  // The canvas's controls only while it is on screen: after a switch to the list they would drive a closed editor.
  const controls = view === 'canvas' ? canvasControls : null
  const [changingAppearance, setChangingAppearance] = useState(false)
  const [facilitating, setFacilitating] = useState(true)
  const [resultsOpen, setResultsOpen] = useState(false)
  const [closedWelcome, setClosedWelcome] = useState<string | null>(null)
  const [withdrawing, setWithdrawing] = useState<string | null>(null)
  const [following, setFollowing] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const privateBox = useRef<HTMLTextAreaElement>(null)
  const listAddBox = useRef<HTMLTextAreaElement>(null)
  const ideas = useIdeas(connection?.board ?? null)
  const commands = useFacilitatorCommands(apis.facilitator, room.id, facilitatorKey ?? '')
  const ballot = useBallot(apis.participant, room.id, token, session)
  const privateIdeas = usePrivateIdeas(room.id, participant.id)
  const themeBoard = useThemeBoard(connection?.board ?? null, participant.id)
  const themeList = themeBoard.themes
  const rememberWithdrawPlace = useFocusAfterWithdraw(withdrawing)
  const boardReady = connection !== null && status.hasSynced
  const listChanges = useBoardChanges(connection?.board ?? null, participant)
  // What changes the board beyond adding ideas: the canvas in canvas view, the board's own model in list view.
  const changes = view === 'list' ? (boardReady ? listChanges : null) : controls
  const lockedIdeasReason = lockedForMe ? t('boardPage.lockedIdeas') : null

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    if (view === 'canvas') void canvasCode.preload().catch(() => {})
  }, [view])
  useParticipantRecord(connection, participant, status.hasSynced && snapshot.synced && !lockedForMe)
  useRevealPublisher({
    store: privateIdeas,
    revealRound: session.revealRound,
    ready: snapshot.synced && status.state === 'connected' && !lockedForMe,
    publish: changes?.publishIdeas ?? null,
  })
  const attention = useAttention(snapshot.synced, session.attentionRound, session.attentionView, controls?.showView ?? null)

  // Wrap-up is for looking back together: the results open by themselves.
  useEffect(() => {
    if (session.phase === 'wrap-up') setResultsOpen(true)
  }, [session.phase])

  const requestWithdraw = useCallback(
    (ideaId: string) => {
      rememberWithdrawPlace()
      setWithdrawing(ideaId)
    },
    [rememberWithdrawPlace],
  )
  const cardSession = useCardSessionValue({
    participantId: participant.id,
    canModerate: facilitatorKey !== null,
    session,
    tallies: snapshot.tallies,
    ballot,
    commands,
    themeCount: themeList.length,
    requestMove: themeBoard.requestMove,
    requestWithdraw,
  })

  const { withdraw, askForMoreTime } = useParticipantRequests(apis.participant, room.id, token, withdrawing)

  // Stable, so a change to the ideas (this view re-renders for its lists) leaves the canvas
  // alone: re-rendering tldraw walks every shape on the page.
  const announceMove = themeBoard.announceMove
  const onIdeaMoved = useCallback((move: IdeaMove) => announceMove(move.from, move.themeId), [announceMove])

  const visibleIdeas = useMemo(() => ideas.filter((idea) => !session.hiddenIdeaIds.includes(idea.id)), [ideas, session.hiddenIdeaIds])

  if (status.state === 'room-missing') return <RoomMissing />

  const privateWriting = snapshot.synced && session.privateWriting
  const addIdea = () => {
    if (lockedForMe) return
    if (privateWriting) privateBox.current?.focus()
    else if (view === 'list') listAddBox.current?.focus()
    else controls?.addIdea()
  }
  const showWelcome = snapshot.synced && session.phase === 'welcome' && hasWelcome(session.welcome) && closedWelcome !== welcomeSignature(session.welcome)
  const resultsAvailable = snapshot.synced && ((session.phase === 'vote' && snapshot.tallies !== null) || session.phase === 'wrap-up')

  return (
    <SessionContext.Provider value={snapshot}>
      <div className={`board-page is-${view}-view`}>
        {showWelcome && (
          <WelcomePanel
            roomId={room.id}
            welcome={session.welcome}
            onClose={() => {
              setClosedWelcome(welcomeSignature(session.welcome))
              heading.current?.focus()
            }}
          />
        )}
        <BoardHeader
          room={room}
          view={view}
          heading={heading}
          actions={{
            onAddIdea: addIdea,
            addDisabled: (view === 'list' ? !boardReady : !controls) && !privateWriting,
            lockedReason: lockedIdeasReason,
            onChangeAppearance: () => setChangingAppearance(true),
            facilitating: facilitatorKey ? facilitating : null,
            onToggleFacilitate: () => setFacilitating((open) => !open),
            status,
          }}
        />
        <SessionBar
          snapshot={snapshot}
          announcePhase={view === 'canvas'}
          canEditLocked={facilitatorKey !== null}
          ballot={ballot.ballot}
          voteMessage={session.phase === 'vote' ? ballot.message : null}
          resultsAvailable={resultsAvailable}
          resultsOpen={resultsOpen}
          onToggleResults={() => setResultsOpen((open) => !open)}
          onAskForMoreTime={askForMoreTime}
        />
        <BoardNotices linkRefused={access.status === 'refused'} changeRefused={changeRefused} onDismissRefusal={dismissRefusal} />
        <p className="visually-hidden" aria-live="polite">
          {attention}
        </p>
        <p className="visually-hidden" aria-live="polite" data-testid="theme-announcement">
          {themeBoard.news.text}
          {themeBoard.news.count % 2 === 1 ? '\u00a0' : ''}
        </p>
        <div className={`board-body${facilitatorKey && facilitating ? ' with-facilitate' : ''}`}>
          <main className={view === 'list' ? 'list-area' : 'canvas-area'} aria-label={t('boardPage.main')}>
            <CardContext.Provider value={cardSession}>
              {!connection || !status.hasSynced ? (
                <p className="loading">{t('boardPage.loading')}</p>
              ) : view === 'list' ? (
                <ListView
                  board={connection.board}
                  participant={participant}
                  ideas={visibleIdeas}
                  themes={themeList}
                  synced={snapshot.synced}
                  lockedReason={lockedIdeasReason}
                  privateWriting={privateWriting}
                  onGoToPrivate={() => privateBox.current?.focus()}
                  addBox={listAddBox}
                />
              ) : (
                <Suspense fallback={<p className="loading">{t('boardPage.loading')}</p>}>
                  <CanvasView
                    key={generation}
                    connection={connection}
                    participant={participant}
                    readOnly={lockedForMe}
                    hiddenIdeaIds={facilitatorKey ? NOTHING_HIDDEN : session.hiddenIdeaIds}
                    onReady={setControls}
                    onFollowingChange={setFollowing}
                    onRequestMove={themeBoard.requestMove}
                    onIdeaMoved={onIdeaMoved}
                  />
                </Suspense>
              )}
            </CardContext.Provider>
          </main>
          <BoardSidePanel
            participantId={participant.id}
            privateIdeas={privateIdeas}
            privateWriting={privateWriting}
            revealRound={session.revealRound}
            lockedIdeasReason={lockedIdeasReason}
            privateBox={privateBox}
            showResults={resultsAvailable && resultsOpen}
            tallies={snapshot.tallies}
            ideas={visibleIdeas}
            awareness={connection?.awareness ?? null}
            following={following}
            controls={controls}
            themeBoard={themeBoard}
            canSettle={facilitatorKey !== null}
            themesDisabledReason={lockedForMe ? t('boardPage.lockedThemes') : null}
            canMakeThemes={changes !== null}
            roomId={room.id}
          />
          {facilitatorKey && facilitating && (
            <FacilitatePanel
              api={apis.facilitator}
              roomId={room.id}
              facilitatorKey={facilitatorKey}
              snapshot={snapshot}
              commands={commands}
              ideas={ideas}
              currentView={() => controls?.currentView() ?? null}
              themeIds={new Set(themeList.map((theme) => theme.id))}
              onAcceptSuggestion={changes?.acceptSuggestion ?? null}
              onAnnounce={themeBoard.announce}
              outcomes={apis.outcomes}
              roomTitle={room.title}
              picture={controls ? (format) => controls.picture(format, session.hiddenIdeaIds) : null}
              easyReadPath={easyReadPath(room.id)}
            />
          )}
        </div>
        <IdentityDialog
          open={changingAppearance}
          current={participant}
          onSave={(appearance) => {
            onChangeAppearance(appearance)
            setChangingAppearance(false)
          }}
          onClose={() => setChangingAppearance(false)}
        />
        {view === 'list' ? (
          <ListThemeDialogs themeBoard={themeBoard} ideas={ideas} changes={changes} locked={lockedForMe} />
        ) : (
          <ThemeDialogs themeBoard={themeBoard} ideas={ideas} controls={controls} locked={lockedForMe} />
        )}
        <WithdrawDialog
          ideaText={withdrawing === null ? null : (ideas.find((idea) => idea.id === withdrawing)?.text ?? '')}
          onWithdraw={withdraw}
          onClose={() => setWithdrawing(null)}
        />
      </div>
    </SessionContext.Provider>
  )
}

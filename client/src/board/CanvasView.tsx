// The tldraw canvas, bound to the room's board: records through CanvasBinding, ideas and
// cards through IdeaCards, themes and their frames through ThemeFrames, pointers and views
// through PresenceSync. Everything tldraw loads (fonts, icons, translations) is served by this site.
// tldraw speaks the person's language and follows the system's light or dark scheme.
import { type Participant, type SharedView, Themes } from '@roundtable/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { memo, useCallback, useEffect, useMemo, useRef } from 'react'
import { type Editor, FrameShapeUtil, type TLComponents, type TLShape, type TLUiOverrides, Tldraw, atom, createUserId, react } from 'tldraw'
import 'tldraw/tldraw.css'
import { config } from '../config.ts'
import type { RoomConnection } from '../connection/RoomConnection.ts'
import { useT } from '../i18n/useT.ts'
import { usePreferences } from '../preferences/usePreferences.ts'
import { CanvasBinding } from '../sync/CanvasBinding.ts'
import { IdeaCards } from '../sync/IdeaCards.ts'
import { PresenceSync } from '../sync/PresenceSync.ts'
import { type IdeaMove, ThemeFrames } from '../sync/ThemeFrames.ts'
import { type ThemeCanvas, acceptSuggestion, addTheme, deleteTheme, focusFrameNameWhenEditing, keepCardsOfDeletedFrames } from '../themes/themeCanvas.ts'
import { type PictureFormat, boardPicture } from '../themes/boardPicture.ts'
import { addIdea } from './addIdea.ts'
import { BoardContext } from './BoardContext.tsx'
import { followPointer } from './followPointer.ts'
import { FONT_PRELOAD_DELAY_MS, holdBackFontPreload } from './fontPreload.ts'
import { IDEA_SHAPE_TYPE, type IdeaShape } from './ideaShape/ideaShapeSchema.ts'
import { IdeaShapeUtil } from './ideaShape/IdeaShapeUtil.tsx'
import { ArrowShapeWithLaterPattern, DrawShapeWithLaterPattern, GeoShapeWithLaterPattern } from './patternFills.tsx'
import { publishIdeas } from './publishIdeas.ts'
import { shareView } from './shareView.ts'
import { useCanvasUser } from './useCanvasUser.ts'

const assetUrls = getAssetUrlsByImport()

/** tldraw's own people menu is replaced by the "People here" panel beside the canvas. */
const components: TLComponents = { SharePanel: null }
/** Easy read shows fewer controls: no panel of drawing colours and line styles over the ideas. */
const easyReadComponents: TLComponents = { ...components, StylePanel: null }

export interface CanvasControls {
  addIdea(): void
  /** Puts revealed private ideas on the board, in one change. */
  publishIdeas(texts: string[]): void
  /** The part of the board on this screen, in page coordinates. */
  currentView(): SharedView
  /** Moves this view once to show `view`. */
  showView(view: SharedView): void
  follow(participantId: string): void
  stopFollowing(): void
  /** Makes a theme and its frame in free space in view; its id, or null for an empty name. */
  addTheme(name: string): string | null
  /** Puts ideas into a theme (or none, with null) and moves their cards, as one change. */
  moveIdeas(ideaIds: readonly string[], themeId: string | null): void
  /** Deletes a theme; its ideas stay on the board. */
  deleteTheme(themeId: string): void
  /** Makes a suggested theme with its ideas in it, as one change; the new theme's id. */
  acceptSuggestion(suggestion: { name: string; ideaIds: readonly string[] }): string | null
  /** A picture of everything on the page, leaving out the cards of `hiddenIdeaIds`. */
  picture(format: PictureFormat, hiddenIdeaIds: readonly string[]): Promise<Blob | null>
}

/**
 * Memoised: the board page re-renders whenever an idea changes (for its lists), and
 * re-rendering tldraw walks every shape on the page; the canvas follows the board itself.
 */
export const CanvasView = memo(function CanvasView({
  connection,
  participant,
  readOnly,
  hiddenIdeaIds,
  onReady,
  onFollowingChange,
  onRequestMove,
  onIdeaMoved,
}: {
  connection: RoomConnection
  participant: Participant
  /** The board is locked and this browser may not change it. */
  readOnly: boolean
  /** Ideas not to draw at all (hidden by a facilitator); empty for facilitators, who see them marked. */
  hiddenIdeaIds: readonly string[]
  onReady: (controls: CanvasControls | null) => void
  /** The participant id of the person this view follows, or null. */
  onFollowingChange: (participantId: string | null) => void
  /** The person asked to move an idea to a theme from the canvas (the M key on a selected card). */
  onRequestMove: (ideaId: string) => void
  /** The person dragged a card into or out of a theme. */
  onIdeaMoved: (move: IdeaMove) => void
}) {
  const t = useT()
  const { language, easyRead } = usePreferences()
  const user = useCanvasUser(language)
  const me = useRef(participant)
  me.current = participant
  const binding = useRef<CanvasBinding | null>(null)
  const editorRef = useRef<Editor | null>(null)
  // Read by tldraw inside its own reactive computations, so it must be a tldraw atom.
  const hidden = useMemo(() => atom<ReadonlySet<string>>('hidden ideas', new Set()), [])
  const following = useRef(onFollowingChange)
  following.current = onFollowingChange
  const requestMove = useRef(onRequestMove)
  requestMove.current = onRequestMove
  const ideaMoved = useRef(onIdeaMoved)
  ideaMoved.current = onIdeaMoved

  useEffect(() => {
    hidden.set(new Set(hiddenIdeaIds))
  }, [hidden, hiddenIdeaIds])

  useEffect(() => {
    const editor = editorRef.current
    if (!editor) return
    if (readOnly && editor.getEditingShapeId()) editor.setEditingShape(null)
    editor.updateInstanceState({ isReadonly: readOnly })
  }, [readOnly])

  const getShapeVisibility = useCallback(
    (shape: TLShape) =>
      shape.type === IDEA_SHAPE_TYPE && hidden.get().has((shape as IdeaShape).props.ideaId) ? ('hidden' as const) : ('inherit' as const),
    [hidden],
  )

  const shapeUtils = useMemo(
    () => [
      IdeaShapeUtil.configure({ board: connection.board, participantId: () => me.current.id }),
      // A theme's frame shows the theme's colour.
      FrameShapeUtil.configure({ showColors: true }),
      GeoShapeWithLaterPattern,
      DrawShapeWithLaterPattern,
      ArrowShapeWithLaterPattern,
    ],
    [connection],
  )

  // Undo and redo go through the binding, so they only take back this person's own changes.
  // M on a selected idea card opens "Move to theme"; tldraw looks its words up by key, in the language it speaks.
  const moveToTheme = t('board.idea.moveToTheme')
  const overrides = useMemo<TLUiOverrides>(
    () => ({
      translations: { [language]: { 'action.move-to-theme': moveToTheme } },
      actions(editor, actions) {
        actions['move-to-theme'] = {
          id: 'move-to-theme',
          label: 'action.move-to-theme',
          kbd: 'm',
          onSelect: () => {
            const shape = editor.getOnlySelectedShape()
            if (shape?.type === IDEA_SHAPE_TYPE) requestMove.current((shape as IdeaShape).props.ideaId)
          },
        }
        for (const id of ['undo', 'redo']) {
          const action = actions[id]
          if (!action) continue
          actions[id] = {
            ...action,
            onSelect: (source) => {
              const run = () => void action.onSelect(source)
              if (binding.current) binding.current.replay(run)
              else run()
            },
          }
        }
        return actions
      },
    }),
    [language, moveToTheme],
  )

  const readOnlyRef = useRef(readOnly)
  readOnlyRef.current = readOnly

  const onMount = useCallback(
    (editor: Editor) => {
      const { board, awareness } = connection
      editorRef.current = editor
      const preloadFonts = holdBackFontPreload(editor)
      let fontTimer: ReturnType<typeof setTimeout> | null = null
      editor.updateInstanceState({ isReadonly: readOnlyRef.current })
      let cards: IdeaCards | null = null
      let frames: ThemeFrames | null = null
      const canvas = new CanvasBinding(editor.store, board, {
        onLocalChanges: (changes) => {
          cards?.onLocalChanges(changes)
          frames?.onLocalChanges(changes)
        },
        view: () => editor.getViewportPageBounds(),
      })
      const themes = new Themes(board)
      cards = new IdeaCards(board, editor.store, canvas, () => me.current.id)
      const themeFrames = new ThemeFrames(board, themes, editor.store, canvas, {
        canWrite: () => !readOnlyRef.current,
        onMoved: (move) => ideaMoved.current(move),
      })
      frames = themeFrames
      const themeCanvas: ThemeCanvas = { editor, binding: canvas, themes, frames: themeFrames }
      const presence = new PresenceSync(awareness, editor.store, () => me.current.id)
      canvas.start()
      // Placing cards and fitting them into frames reason about the whole canvas, so they wait for all of a big board to load.
      const ideaCards = cards
      let wholeBoardFollowed = false
      canvas.whenLoaded(() => {
        ideaCards.start()
        themeFrames.start()
        wholeBoardFollowed = true
        fontTimer = setTimeout(preloadFonts, FONT_PRELOAD_DELAY_MS)
      })
      presence.start()
      const stopKeepingCards = keepCardsOfDeletedFrames(editor)
      const stopFocusingNames = focusFrameNameWhenEditing(editor)
      binding.current = canvas
      const stopPointer = followPointer(editor, awareness)
      const stopView = shareView(editor, awareness)
      const stopWatching = react('following', () => {
        const userId = editor.getInstanceState().followingUserId
        following.current(userId ? userId.replace(/^user:/, '') : null)
      })
      onReady({
        addIdea: () => addIdea(editor, canvas, board, me.current),
        publishIdeas: (texts) => publishIdeas(editor, canvas, board, me.current, texts),
        currentView: () => {
          const { x, y, w, h } = editor.getViewportPageBounds()
          return { x, y, w, h }
        },
        showView: (view) => {
          editor.stopFollowingUser()
          editor.zoomToBounds(view, { inset: 0, animation: { duration: 400 } })
        },
        follow: (participantId) => editor.startFollowingUser(createUserId(participantId)),
        stopFollowing: () => editor.stopFollowingUser(),
        addTheme: (name) => {
          editor.markHistoryStoppingPoint('new theme')
          return addTheme(themeCanvas, name)
        },
        moveIdeas: (ideaIds, themeId) => {
          editor.markHistoryStoppingPoint('move to theme')
          themeFrames.moveIdeas(ideaIds, themeId)
        },
        deleteTheme: (themeId) => deleteTheme(themeCanvas, themeId),
        acceptSuggestion: (suggestion) => acceptSuggestion(themeCanvas, suggestion),
        picture: (format, hiddenIdeaIds) => boardPicture(editor, format, hiddenIdeaIds),
      })
      return () => {
        if (fontTimer !== null) clearTimeout(fontTimer)
        onReady(null)
        stopKeepingCards()
        stopFocusingNames()
        if (wholeBoardFollowed) themeFrames.stop()
        stopWatching()
        stopView()
        stopPointer()
        presence.stop()
        if (wholeBoardFollowed) ideaCards.stop()
        canvas.stop()
        binding.current = null
        editorRef.current = null
      }
    },
    [connection, onReady],
  )

  return (
    <BoardContext.Provider value={connection.board}>
      {/* The canvas does not take focus on load (the page's heading has it), so it takes it when
          someone presses on it: then the wheel, trackpad panning and shortcuts such as M work. */}
      <div className="canvas" onPointerDownCapture={() => editorRef.current?.focus()}>
        <Tldraw
          licenseKey={config.tldrawLicenseKey}
          assetUrls={assetUrls}
          user={user}
          locale={language}
          colorScheme="system"
          shapeUtils={shapeUtils}
          components={easyRead ? easyReadComponents : components}
          overrides={overrides}
          getShapeVisibility={getShapeVisibility}
          onMount={onMount}
          autoFocus={false}
        />
      </div>
    </BoardContext.Provider>
  )
})

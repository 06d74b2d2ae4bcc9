// The tldraw canvas, bound to the room's board: records through CanvasBinding, ideas and
// cards through IdeaCards, pointers through PresenceSync. Everything tldraw loads (fonts,
// icons, translations) is served by this site.
import type { Participant } from '@roundtable/shared'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useCallback, useMemo, useRef } from 'react'
import { type Editor, type TLComponents, type TLUiOverrides, Tldraw } from 'tldraw'
import 'tldraw/tldraw.css'
import { config } from '../config.ts'
import type { RoomConnection } from '../connection/RoomConnection.ts'
import { CanvasBinding } from '../sync/CanvasBinding.ts'
import { IdeaCards } from '../sync/IdeaCards.ts'
import { PresenceSync } from '../sync/PresenceSync.ts'
import { addIdea } from './addIdea.ts'
import { BoardContext } from './BoardContext.tsx'
import { IdeaShapeUtil } from './ideaShape/IdeaShapeUtil.tsx'
import { followPointer } from './followPointer.ts'

const assetUrls = getAssetUrlsByImport()

/** tldraw's own people menu is replaced by the "People here" panel beside the canvas. */
const components: TLComponents = { SharePanel: null }

export interface CanvasControls {
  addIdea(): void
}

export function CanvasView({
  connection,
  participant,
  onReady,
}: {
  connection: RoomConnection
  participant: Participant
  onReady: (controls: CanvasControls | null) => void
}) {
  const me = useRef(participant)
  me.current = participant
  const binding = useRef<CanvasBinding | null>(null)

  const shapeUtils = useMemo(
    () => [IdeaShapeUtil.configure({ board: connection.board, participantId: () => me.current.id })],
    [connection],
  )

  // Undo and redo go through the binding, so they only take back this person's own changes.
  const overrides = useMemo<TLUiOverrides>(
    () => ({
      actions(_editor, actions) {
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
    [],
  )

  const onMount = useCallback(
    (editor: Editor) => {
      const { board, awareness } = connection
      let cards: IdeaCards | null = null
      const canvas = new CanvasBinding(editor.store, board, { onLocalChanges: (changes) => cards?.onLocalChanges(changes) })
      cards = new IdeaCards(board, editor.store, canvas, () => me.current.id)
      const presence = new PresenceSync(awareness, editor.store, () => me.current.id)
      canvas.start()
      cards.start()
      presence.start()
      binding.current = canvas
      const stopFollowing = followPointer(editor, awareness)
      onReady({ addIdea: () => addIdea(editor, canvas, board, me.current) })
      return () => {
        onReady(null)
        stopFollowing()
        presence.stop()
        cards.stop()
        canvas.stop()
        binding.current = null
      }
    },
    [connection, onReady],
  )

  return (
    <BoardContext.Provider value={connection.board}>
      <div className="canvas">
        <Tldraw
          licenseKey={config.tldrawLicenseKey}
          assetUrls={assetUrls}
          shapeUtils={shapeUtils}
          components={components}
          overrides={overrides}
          onMount={onMount}
          autoFocus={false}
        />
      </div>
    </BoardContext.Provider>
  )
}
